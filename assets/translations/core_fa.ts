<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <location filename="../../accreditation/access/policy.py" line="107"/>
        <source>desk</source>
        <extracomment>After this many wrong PINs for a role within :data:`LOCKOUT_WINDOW`, the role is locked until the oldest of them is that old. The policy: action -&gt; the roles that may do it. Admin may do everything.</extracomment>
        <translation>میز پذیرش</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="108"/>
        <source>protocol</source>
        <translation>تشریفات</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="109"/>
        <source>admin</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="116"/>
        <source>check people in</source>
        <translation>پذیرش افراد</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="117"/>
        <source>undo a check-in</source>
        <translation>لغو یک پذیرش</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="118"/>
        <source>issue and print badges</source>
        <translation>صدور و چاپ کارت</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="119"/>
        <source>hand badges over</source>
        <translation>تحویل کارت</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="120"/>
        <source>reissue a badge</source>
        <translation>صدور دوبارهٔ کارت</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="121"/>
        <source>change seating and rooms</source>
        <translation>تغییر جانمایی و سالن‌ها</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="122"/>
        <source>import people</source>
        <translation>ورود فهرست افراد</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="123"/>
        <source>add, edit or cancel people</source>
        <translation>افزودن، ویرایش یا لغو افراد</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="124"/>
        <source>change photos</source>
        <translation>تغییر عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="125"/>
        <source>approve people</source>
        <translation>تأیید افراد</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="126"/>
        <source>change the event&apos;s settings</source>
        <translation>تغییر تنظیمات رویداد</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="127"/>
        <source>back up the database</source>
        <translation>پشتیبان‌گیری از پایگاه داده</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="128"/>
        <source>restore a backup</source>
        <translation>بازگردانی نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="129"/>
        <source>change roles and PINs</source>
        <translation>تغییر نقش‌ها و رمزها</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="130"/>
        <source>look people up</source>
        <translation>جست‌وجوی افراد</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="225"/>
        <source>A PIN has {low} to {high} characters, without spaces at either end.</source>
        <translation>رمز باید {low} تا {high} نویسه باشد، بی فاصله در آغاز یا پایان.</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="248"/>
        <source>PINs are on: every change needs a role signed in with its PIN.</source>
        <translation>رمزها فعال است: هر تغییری به ورود با یک نقش و رمز آن نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="250"/>
        <source>Open mode: no admin PIN is set, every action is allowed; set the admin PIN first.</source>
        <translation>حالت باز: رمز مدیر تعیین نشده و هر کاری مجاز است؛ نخست رمز مدیر را تعیین کنید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="257"/>
        <source>{role}: PIN set</source>
        <translation>{role}: رمز تعیین شده</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="259"/>
        <source>{role}: no PIN</source>
        <translation>{role}: بی رمز</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="288"/>
        <source>Sign in with a role and its PIN to {action} ({needed} role needed).</source>
        <translation>برای {action} با یک نقش و رمز آن وارد شوید (نقش لازم: {needed}).</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="292"/>
        <source>{name}, signed in as {role}, may not {action}: the {needed} role is needed.</source>
        <translation>{name} با نقش {role} وارد شده و اجازهٔ {action} ندارد: نقش {needed} لازم است.</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="388"/>
        <source>Type your name to sign in.</source>
        <translation>برای ورود نام خود را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="394"/>
        <source>Choose your role and type its PIN to sign in.</source>
        <translation>برای ورود نقش خود را برگزینید و رمز آن را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="398"/>
        <source>The {role} role has no PIN yet; ask an admin to set one.</source>
        <translation>نقش {role} هنوز رمز ندارد؛ از مدیر بخواهید رمزی تعیین کند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="416"/>
        <source>Too many wrong PINs for the {role} role: it is locked for {minutes} more minute(s).</source>
        <translation>رمز نادرست برای نقش {role} بیش از حد وارد شد: این نقش تا {minutes} دقیقهٔ دیگر قفل است.</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="432"/>
        <source>Wrong PIN for the {role} role.</source>
        <translation>رمز نقش {role} نادرست است.</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="456"/>
        <source>There is no role &apos;{role}&apos; (roles: desk, protocol, admin).</source>
        <translation>نقشی به نام «{role}» وجود ندارد (نقش‌ها: desk، protocol، admin).</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="472"/>
        <source>Set the admin PIN first: it is the one that can set the others.</source>
        <translation>نخست رمز مدیر را تعیین کنید: تنها اوست که می‌تواند رمزهای دیگر را تعیین کند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="505"/>
        <source>The admin PIN is removed only with all the others (clear all PINs).</source>
        <translation>رمز مدیر تنها همراه همهٔ رمزهای دیگر برداشته می‌شود (حذف همهٔ رمزها).</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="72"/>
        <source>Give the new PIN in {variable}, or run the command in a terminal.</source>
        <translation>رمز تازه را در {variable} بدهید، یا فرمان را در پایانه اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="76"/>
        <source>New PIN: </source>
        <translation>رمز تازه: </translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="77"/>
        <source>The new PIN again: </source>
        <translation>دوباره رمز تازه: </translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="79"/>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>دو رمز یکسان نیستند؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="88"/>
        <source>PIN set for the {role} role.</source>
        <translation>رمز نقش {role} تعیین شد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="96"/>
        <source>PIN removed for the {role} role.</source>
        <translation>رمز نقش {role} برداشته شد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="105"/>
        <source>{count} PIN(s) removed: open mode, every action is allowed.</source>
        <translation>{count} رمز برداشته شد: حالت باز، هر کاری مجاز است.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/context.py" line="95"/>
        <source>PIN for the {role} role: </source>
        <extracomment>The PIN of ``--role``: from the environment (scripts), never from the command line, where ``ps`` shows it. A desk command refreshes the replica after its work when the replica is older than this (seconds). Who runs the command (``--operator``, ``ACCREDITATION_OPERATOR``, else the command&apos;s own option or the logged-in user) and the role they sign in as (``--role``/``ACCREDITATION_ROLE``), if any. What :meth:`desk_link` pushed when it found the server back (``sync`` reports it as its own).</extracomment>
        <translation>رمز نقش {role}: </translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/context.py" line="99"/>
        <source>No PIN for the {role} role: set {variable} or run the command in a terminal.</source>
        <translation>رمزی برای نقش {role} داده نشد: {variable} را تنظیم کنید یا فرمان را در پایانه اجرا کنید.</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../../accreditation/people/approval.py" line="54"/>
        <source>an administrator can override</source>
        <extracomment>Audit actions of the approval history, newest last in a person&apos;s trail. The decision reported for such an edit by :func:`latest_decisions`.</extracomment>
        <translation>مدیر سامانه می‌تواند استثنا قائل شود</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/approval.py" line="57"/>
        <source> and {count} more</source>
        <translation> و {count} نفر دیگر</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/approval.py" line="63"/>
        <source>No badge printed: {people}{more} not approved by protocol yet. Approve first (&apos;approve {ids}&apos;), or {override}, which is recorded in the audit trail.</source>
        <translation>هیچ کارتی چاپ نشد: {people}{more} هنوز به تأیید تشریفات نرسیده‌اند. نخست تأیید کنید (&apos;approve {ids}&apos;)، یا {override}، که در سابقهٔ ممیزی ثبت می‌شود.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/approval.py" line="87"/>
        <source>Name at least one person.</source>
        <translation>دست‌کم یک نفر را نام ببرید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/approval.py" line="92"/>
        <source>There is no person with id {ids}.</source>
        <translation>شخصی با شناسهٔ {ids} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/approval.py" line="122"/>
        <source>Say who is deciding: the operator&apos;s name goes into the audit trail.</source>
        <translation>بگویید چه کسی تصمیم می‌گیرد: نام کاربر در سابقهٔ ممیزی ثبت می‌شود.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/approval.py" line="178"/>
        <source>Say why the accreditation is refused: the reason is kept with the decision.</source>
        <translation>بگویید چرا اعتبارنامه رد می‌شود: دلیل همراه تصمیم نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/approval.py" line="216"/>
        <source>Say what information is missing: the desk needs it to follow up.</source>
        <translation>بگویید چه اطلاعاتی کم است: میز اعتبارنامه برای پیگیری به آن نیاز دارد.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../accreditation/backup.py" line="153"/>
        <source>Cannot write the backup: folder {parent} does not exist</source>
        <translation>نسخهٔ پشتیبان نوشته نمی‌شود: پوشهٔ {parent} وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../accreditation/backup.py" line="159"/>
        <source>{target} already exists; choose another name</source>
        <translation>{target} از پیش وجود دارد؛ نام دیگری برگزینید</translation>
    </message>
    <message>
        <location filename="../../accreditation/backup.py" line="180"/>
        <source>The backup could not be verified ({status}); nothing was kept</source>
        <translation>درستی نسخهٔ پشتیبان تأیید نشد ({status})؛ چیزی نگه داشته نشد</translation>
    </message>
    <message>
        <location filename="../../accreditation/backup.py" line="199"/>
        <source>Backup file not found: {path}</source>
        <translation>پروندهٔ پشتیبان پیدا نشد: {path}</translation>
    </message>
    <message>
        <location filename="../../accreditation/backup.py" line="206"/>
        <source>{path} is not a backup of this application</source>
        <translation>{path} نسخهٔ پشتیبان این برنامه نیست</translation>
    </message>
    <message>
        <location filename="../../accreditation/backup.py" line="218"/>
        <source>{path} is not a readable backup: {exc}</source>
        <translation>{path} نسخهٔ پشتیبان خواندنی نیست: {exc}</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <location filename="../../accreditation/badges/print_run.py" line="109"/>
        <source>No region with code &apos;{region}&apos; (known: {codes})</source>
        <translation>استانی با کد &apos;{region}&apos; وجود ندارد (کدهای موجود: {codes})</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/print_run.py" line="125"/>
        <source>No category with code &apos;{category}&apos; (known: {codes})</source>
        <translation>رده‌ای با کد &apos;{category}&apos; وجود ندارد (کدهای موجود: {codes})</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/print_run.py" line="139"/>
        <source>No person with id {value} in this selection</source>
        <translation>شخصی با شناسهٔ {value} در این گزینش نیست</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/print_run.py" line="209"/>
        <source>Some of these badges no longer exist; preview and print again</source>
        <translation>برخی از این کارت‌ها دیگر وجود ندارند؛ دوباره پیش‌نمایش و چاپ کنید</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/issuing.py" line="99"/>
        <source>{latin_name} (#{id}) is cancelled; no badge can be issued</source>
        <translation>{latin_name} (#{id}) لغو شده است؛ کارتی صادر نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/issuing.py" line="108"/>
        <source>{latin_name} (#{id}) already has badge {number:05d} version {version}; reissue it instead</source>
        <translation>{latin_name} (#{id}) از پیش کارت {number:05d} نسخهٔ {version} را دارد؛ به‌جای آن، کارت را دوباره صادر کنید</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/issuing.py" line="193"/>
        <source>Reason must be one of {value}, not &apos;{reason}&apos;</source>
        <translation>دلیل باید یکی از {value} باشد، نه &apos;{reason}&apos;</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/issuing.py" line="200"/>
        <source>No person with id {delegate_id}</source>
        <translation>شخصی با شناسهٔ {delegate_id} وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/issuing.py" line="204"/>
        <source>{latin_name} (#{id}) is cancelled; their badge cannot be reissued</source>
        <translation>{latin_name} (#{id}) لغو شده است؛ کارت او دوباره صادر نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/issuing.py" line="211"/>
        <source>{latin_name} (#{id}) has no badge to reissue; print one with &apos;badges --ids {id}&apos;</source>
        <translation>{latin_name} (#{id}) کارتی برای صدور دوباره ندارد؛ با &apos;badges --ids {id}&apos; کارت چاپ کنید</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/issuing.py" line="255"/>
        <source>Badge {number:05d} version {version} is revoked; it cannot be printed</source>
        <translation>کارت {number:05d} نسخهٔ {version} باطل شده است؛ چاپ نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/issuing.py" line="282"/>
        <source>Badge {number:05d} version {version} is revoked; hand out the current one</source>
        <translation>کارت {number:05d} نسخهٔ {version} باطل شده است؛ کارت جاری را تحویل دهید</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/pdf.py" line="64"/>
        <source>Cannot print the badge of {display_name}: no installed font covers {value}; install a font for it (e.g. the Noto fonts) or list one in ACCREDITATION_FONTS</source>
        <translation>کارت {display_name} چاپ نمی‌شود: هیچ قلم نصب‌شده‌ای {value} را پوشش نمی‌دهد؛ قلمی برای آن نصب کنید (مثلاً قلم‌های Noto) یا آن را در ACCREDITATION_FONTS بیاورید</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/pdf.py" line="332"/>
        <source>Cannot write {out}: folder {parent} does not exist</source>
        <translation>{out} نوشته نمی‌شود: پوشهٔ {parent} وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/pdf.py" line="364"/>
        <source>printing badges was cancelled</source>
        <translation>چاپ کارت‌ها لغو شد</translation>
    </message>
    <message>
        <location filename="../../accreditation/printing/fonts.py" line="370"/>
        <source>No usable fonts found for printing badges: install Noto or DejaVu fonts (e.g. fonts-noto-core), or set {fonts_env} to font files</source>
        <extracomment>File names in order of preference. Latin/Cyrillic first: for characters several fonts share (digits, punctuation) in Latin text the Latin font&apos;s shapes are wanted; Arabic text never reaches the Latin font because it has no Arabic glyphs. Characters that never need a glyph of their own: joiners and direction marks. Unicode character-name prefixes and the script name a person at the desk understands. Characters whose glyphs reach beyond ``ascent``/``descent``: (ascent, descent) in em. The Arabic-script blocks Persian (and Arabic, Urdu...) is written in; the supplements hold letters of African and Asian languages that no name at this desk uses.</extracomment>
        <translation>قلم مناسبی برای چاپ کارت‌ها پیدا نشد: قلم‌های Noto یا DejaVu را نصب کنید (مثلاً fonts-noto-core) یا {fonts_env} را به پرونده‌های قلم اشاره دهید</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="123"/>
        <source>{where}: unknown key(s) {keys}</source>
        <extracomment>text: the BadgeView attribute to print (e.g. &quot;name_fa&quot;); prefix/suffix are added around it. text sizes in points: start at ``max_pt``, shrink to ``min_pt``, then wrap to ``lines``. &quot;#RRGGBB&quot;, or &quot;category&quot; / &quot;category_text&quot; for the category&apos;s colours. logo: an image file (absolute, or relative to the templates folder); none draws a light frame. text &quot;name_latin&quot;: print the family name in capitals, as protocol badges often do (&quot;Gadzhi GADZHIEV&quot;); the given name stays in its reading form. top-left corner of the grid, from the page&apos;s top-left corner</extracomment>
        <translation>{where}: کلید(های) ناشناخته {keys}</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="127"/>
        <source>{where}: type must be one of {element_types}, not {type!r}</source>
        <translation>{where}: نوع باید یکی از {element_types} باشد، نه {type!r}</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="139"/>
        <source>{where}: width and height must be positive</source>
        <translation>{where}: پهنا و بلندی باید مثبت باشند</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="144"/>
        <source>{where}: no badge field named {field!r}</source>
        <translation>{where}: کارت فیلدی با نام {field!r} ندارد</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="149"/>
        <source>{where}: need 0 &lt; min_pt &lt;= max_pt</source>
        <translation>{where}: باید 0 &lt; min_pt &lt;= max_pt باشد</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="158"/>
        <source>Cannot read the badge template {path}: {exc}</source>
        <translation>الگوی کارت {path} خوانده نمی‌شود: {exc}</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="161"/>
        <source>{path}: a template is a JSON object</source>
        <translation>{path}: الگو باید یک شیء JSON باشد</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="173"/>
        <source>{name} element {i} ({type} {field}) lies outside the badge</source>
        <translation>{name}: جزء {i} ({type} {field}) بیرون از کارت است</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="197"/>
        <source>No badge template named &apos;{name}&apos; (available: {names})</source>
        <translation>الگوی کارتی با نام &apos;{name}&apos; وجود ندارد (الگوهای موجود: {names})</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="227"/>
        <source>{name}: the grid of badges does not fit on the page</source>
        <translation>{name}: جدول کارت‌ها در صفحه جا نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="236"/>
        <source>{name}: malformed template ({exc!r})</source>
        <translation>{name}: الگو نادرست است ({exc!r})</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="239"/>
        <source>{name}: kind must be &apos;badge&apos; or &apos;sheet&apos;, not {kind!r}</source>
        <translation>{name}: kind باید &apos;badge&apos; یا &apos;sheet&apos; باشد، نه {kind!r}</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../accreditation/badges/token.py" line="139"/>
        <source>The badge key file {path} is damaged (not hexadecimal)</source>
        <translation>پروندهٔ کلید کارت {path} آسیب دیده است (شانزده‌شانزدهی نیست)</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/token.py" line="143"/>
        <source>The badge key file {path} is damaged (too short)</source>
        <translation>پروندهٔ کلید کارت {path} آسیب دیده است (بیش از حد کوتاه است)</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/token.py" line="196"/>
        <source>No badge signing key for event &apos;{event_code}&apos; at {target}: run &apos;init&apos; on this PC, or copy the key file from the PC that printed the badges</source>
        <translation>کلید امضای کارت برای رویداد &apos;{event_code}&apos; در {target} نیست: روی این رایانه &apos;init&apos; را اجرا کنید یا پروندهٔ کلید را از رایانه‌ای که کارت‌ها را چاپ کرده رونوشت کنید</translation>
    </message>
    <message>
        <location filename="../../accreditation/checkin/decision.py" line="57"/>
        <source>This database has no event yet: run &apos;init&apos; first</source>
        <translation>این پایگاه داده هنوز رویدادی ندارد: نخست &apos;init&apos; را اجرا کنید</translation>
    </message>
    <message>
        <location filename="../../accreditation/checkin/decision.py" line="271"/>
        <source>No session with code &apos;{session_code}&apos; (known: {codes})</source>
        <translation>نشستی با کد &apos;{session_code}&apos; وجود ندارد (کدهای موجود: {codes})</translation>
    </message>
    <message>
        <location filename="../../accreditation/checkin/desk.py" line="142"/>
        <location filename="../../accreditation/checkin/desk.py" line="221"/>
        <source>No person with id {delegate_id}</source>
        <translation>شخصی با شناسهٔ {delegate_id} وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../accreditation/checkin/desk.py" line="173"/>
        <source>Say why the check-in is undone</source>
        <translation>بگویید چرا پذیرش لغو می‌شود</translation>
    </message>
    <message>
        <location filename="../../accreditation/checkin/desk.py" line="177"/>
        <source>No check-in with id {checkin_id}</source>
        <translation>پذیرشی با شناسهٔ {checkin_id} وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../accreditation/checkin/desk.py" line="232"/>
        <source>{name} has no badge yet, and a new badge needs the server: print it when the desk is online.</source>
        <translation>{name} هنوز کارت ندارد و صدور کارت تازه به سرور نیاز دارد؛ وقتی میز آنلاین شد آن را چاپ کنید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/offline/conflicts.py" line="127"/>
        <source>No flagged scan with id {scan_id}</source>
        <translation>اسکن علامت‌خورده‌ای با شناسه {scan_id} نیست</translation>
    </message>
</context>
<context>
    <name>Command line</name>
    <message>
        <location filename="../../accreditation/cli/main.py" line="37"/>
        <source>Accreditation for intergovernmental summits: delegations, badges, check-in and seating. With no command, opens the window.</source>
        <translation>اعتبارنامهٔ اجلاس‌های بین‌دولتی: هیئت‌ها، کارت‌ها، پذیرش و جانمایی. بدون فرمان، پنجرهٔ برنامه باز می‌شود.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="46"/>
        <source>a SQLite file path or a SQLAlchemy URL (postgresql://...); default: the file in your data folder</source>
        <translation>مسیر پروندهٔ SQLite یا نشانی SQLAlchemy (postgresql://...)؛ پیش‌فرض: پرونده‌ای در پوشهٔ داده‌های شما</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="55"/>
        <source>the language of messages and help: fa, en or ru (default: ACCREDITATION_LANG, then the system locale); --json output is the same in every language</source>
        <translation>زبان پیام‌ها و راهنما: fa، en یا ru (پیش‌فرض: ACCREDITATION_LANG و سپس زبان سیستم)؛ خروجی --json در همهٔ زبان‌ها یکسان است</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="65"/>
        <source>who is at the desk, for the audit trail (or ${variable}; default: the logged-in user)</source>
        <translation>چه کسی پشت میز است، برای سابقهٔ تغییرات (یا ${variable}؛ پیش‌فرض: کاربر واردشده به سیستم)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="74"/>
        <source>sign in as this role (or ${role_variable}); its PIN is read from ${pin_variable} or asked for in a terminal. Needed for changes once an admin PIN is set; see the &apos;access&apos; command</source>
        <translation>ورود با این نقش (یا ${role_variable})؛ رمز آن از ${pin_variable} خوانده می‌شود یا در پایانه پرسیده می‌شود. پس از تعیین رمز مدیر برای هر تغییری لازم است؛ فرمان «access» را ببینید</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="160"/>
        <source>{message} (--role ROLE with ${variable})</source>
        <translation>{message} (--role ROLE همراه ${variable})</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="170"/>
        <source>interrupted</source>
        <translation>قطع شد</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="176"/>
        <source>an unexpected problem stopped &apos;{command}&apos;; details are in {log}</source>
        <translation>مشکلی پیش‌بینی‌نشده &apos;{command}&apos; را متوقف کرد؛ جزئیات در {log} است</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="22"/>
        <source>protocol: approve people (or reject / send back with a reason)</source>
        <translation>تشریفات: تأیید افراد (یا رد / بازگرداندن با ذکر دلیل)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="24"/>
        <source>Move people from registered (pending) to approved, so their badges can be printed. With --reject the accreditation is refused (the person is cancelled, any badge revoked); with --send-back they stay pending and the question is recorded. Both need --reason.</source>
        <translation>افراد را از وضعیت ثبت‌شده (در انتظار) به تأییدشده می‌برد تا کارتشان چاپ شود. با --reject اعتبارنامه رد می‌شود (شخص لغو و هر کارتی باطل می‌شود)؛ با --send-back در انتظار می‌مانند و پرسش ثبت می‌شود. هر دو به --reason نیاز دارند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="33"/>
        <source>the people&apos;s ids</source>
        <translation>شناسه‌های افراد</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="38"/>
        <source>everyone still pending approval</source>
        <translation>همهٔ کسانی که هنوز در انتظار تأییدند</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="44"/>
        <source>refuse the accreditation (needs --reason)</source>
        <translation>رد اعتبارنامه (به --reason نیاز دارد)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="49"/>
        <source>ask for more information (needs --reason)</source>
        <translation>درخواست اطلاعات بیشتر (به --reason نیاز دارد)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="55"/>
        <source>why (kept in the audit trail)</source>
        <translation>چرا (در سابقهٔ ممیزی نگه داشته می‌شود)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="60"/>
        <source>who decides (default: the logged-in user)</source>
        <translation>چه کسی تصمیم می‌گیرد (پیش‌فرض: کاربر واردشده)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="63"/>
        <location filename="../../accreditation/cli/commands/import_file.py" line="56"/>
        <location filename="../../accreditation/cli/commands/names.py" line="41"/>
        <location filename="../../accreditation/cli/commands/reissue.py" line="38"/>
        <source>print the result as JSON</source>
        <translation>نتیجه را به‌صورت JSON چاپ کن</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="77"/>
        <source>Name the people to decide on (ids), or use --all-registered</source>
        <translation>افرادی را که باید دربارهٔ آن‌ها تصمیم گرفت نام ببرید (شناسه‌ها) یا --all-registered را به کار ببرید</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="83"/>
        <source>{which} needs --reason TEXT: the reason is kept with the decision</source>
        <translation>{which} به --reason TEXT نیاز دارد: دلیل همراه تصمیم نگه داشته می‌شود</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="104"/>
        <source>Nobody is pending approval</source>
        <translation>کسی در انتظار تأیید نیست</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="123"/>
        <source>{count} approved</source>
        <translation>{count} نفر تأیید شدند</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="124"/>
        <source>{count} rejected</source>
        <translation>{count} نفر رد شدند</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="125"/>
        <source>{count} sent back</source>
        <translation>{count} نفر بازگردانده شدند</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="131"/>
        <source>cancelled</source>
        <translation>لغو شده</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="132"/>
        <source>already approved</source>
        <translation>پیش‌تر تأیید شده</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="135"/>
        <source>#{pid} unchanged: {why}</source>
        <translation>#{pid} بدون تغییر: {why}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/backup.py" line="15"/>
        <source>write a consistent copy of the database</source>
        <translation>نوشتن رونوشتی سازگار از پایگاه داده</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/backup.py" line="17"/>
        <source>Write a consistent copy of the database, even while other desks are working: a SQLite file at the current schema. Without --out it goes to the database&apos;s backups folder.</source>
        <translation>رونوشتی سازگار از پایگاه داده می‌نویسد، حتی هنگامی که میزهای دیگر مشغول کارند: پرونده‌ای SQLite با طرح‌وارهٔ کنونی. بدون --out در پوشهٔ پشتیبان‌های پایگاه داده نوشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/backup.py" line="25"/>
        <source>where to write the copy</source>
        <translation>محل نوشتن رونوشت</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/backup.py" line="31"/>
        <source>replace the database&apos;s contents with a backup</source>
        <translation>جایگزینی محتوای پایگاه داده با نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/backup.py" line="33"/>
        <source>Replace the database&apos;s contents with a backup made by &apos;backup&apos; (or an automatic daily copy). A safety copy of the current contents is taken first, and its name is printed.</source>
        <translation>محتوای پایگاه داده را با نسخهٔ پشتیبانی که &apos;backup&apos; ساخته (یا رونوشت خودکار روزانه) جایگزین می‌کند. نخست رونوشتی ایمنی از محتوای کنونی گرفته و نام آن چاپ می‌شود.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/backup.py" line="41"/>
        <source>the backup to restore</source>
        <translation>نسخهٔ پشتیبانی که باید بازگردانده شود</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/backup.py" line="52"/>
        <source>backup written to {path} ({people} people)</source>
        <translation>نسخهٔ پشتیبان در {path} نوشته شد ({people} نفر)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/backup.py" line="65"/>
        <source>restored {file} ({people} people); the previous contents were saved to {safety}</source>
        <translation>{file} بازگردانده شد ({people} نفر)؛ محتوای پیشین در {safety} ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="32"/>
        <source>--ids takes numbers separated by commas, not &apos;{text}&apos;</source>
        <translation>--ids شماره‌هایی جداشده با ویرگول می‌پذیرد، نه &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="37"/>
        <source>--ids needs at least one id</source>
        <translation>--ids دست‌کم به یک شناسه نیاز دارد</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="44"/>
        <source>print badges to a PDF (issuing badges for people who have none)</source>
        <translation>چاپ کارت‌ها در PDF (با صدور کارت برای کسانی که ندارند)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="46"/>
        <source>Print the badges of the selected people to a PDF. People without a badge get one (a new number, version 1); cancelled people are skipped, and so are people protocol has not approved (naming one with --ids is refused; --override-approval prints them, audited). Before anything is issued, every name is checked against the installed fonts. Templates: {templates}.</source>
        <translation>کارت افراد گزیده را در یک PDF چاپ می‌کند. کسی که کارت ندارد کارت می‌گیرد (شمارهٔ تازه، نسخهٔ ۱)؛ افراد لغوشده و کسانی که تشریفات تأییدشان نکرده کنار گذاشته می‌شوند (نام بردن از آنان با --ids پذیرفته نیست؛ --override-approval با ثبت در ممیزی چاپشان می‌کند). پیش از هر صدوری، همهٔ نام‌ها با قلم‌های نصب‌شده سنجیده می‌شوند. الگوها: {templates}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="60"/>
        <source>only this region&apos;s delegation (e.g. gilan)</source>
        <translation>فقط هیئت این استان (مثلاً gilan)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="63"/>
        <location filename="../../accreditation/cli/commands/search.py" line="66"/>
        <source>only this category (e.g. head, press)</source>
        <translation>فقط این رده (مثلاً head یا press)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="69"/>
        <source>only these people (ids as &apos;search --json&apos; gives them)</source>
        <translation>فقط این افراد (شناسه‌ها همان‌گونه که &apos;search --json&apos; می‌دهد)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="75"/>
        <source>badge template (default {default_template})</source>
        <translation>الگوی کارت (پیش‌فرض {default_template})</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="84"/>
        <location filename="../../accreditation/cli/commands/cards.py" line="48"/>
        <source>the PDF to write</source>
        <translation>پروندهٔ PDF خروجی</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="90"/>
        <source>the organizer&apos;s logo (PNG or JPEG)</source>
        <translation>نشان برگزارکننده (PNG یا JPEG)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="95"/>
        <source>who is printing (default: the logged-in user)</source>
        <translation>چه کسی چاپ می‌کند (پیش‌فرض: کاربر واردشده)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="100"/>
        <source>administrators only: print people protocol has not approved yet; recorded in the audit trail for each of them under --operator, which must then be given</source>
        <translation>فقط مدیران: چاپ کارت کسانی که هنوز به تأیید تشریفات نرسیده‌اند؛ برای هر یک به نام --operator در سابقهٔ ممیزی ثبت می‌شود و در این صورت --operator الزامی است</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="107"/>
        <location filename="../../accreditation/cli/commands/cards.py" line="51"/>
        <source>print the summary as JSON</source>
        <translation>خلاصه را به‌صورت JSON چاپ کن</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="121"/>
        <source>--override-approval needs the server, and the server does not answer.</source>
        <translation>--override-approval به سرور نیاز دارد و سرور پاسخ نمی‌دهد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="139"/>
        <source>--override-approval needs --operator NAME: the override is recorded under that name</source>
        <translation>--override-approval به --operator NAME نیاز دارد: استثنا به همان نام ثبت می‌شود</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="149"/>
        <location filename="../../accreditation/cli/commands/cards.py" line="66"/>
        <source>--out must name a .pdf file, not {name}</source>
        <translation>--out باید پروندهٔ .pdf را نام ببرد، نه {name}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="153"/>
        <location filename="../../accreditation/cli/commands/rooms.py" line="141"/>
        <source>Cannot write {out}: folder {parent} does not exist</source>
        <translation>{out} نوشته نمی‌شود: پوشهٔ {parent} وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="177"/>
        <source>{count} cancelled</source>
        <translation>{count} نفر لغوشده</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="183"/>
        <source>{count} awaiting protocol approval</source>
        <translation>{count} نفر در انتظار تأیید تشریفات</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="187"/>
        <source>Nobody to print: the selection is empty</source>
        <translation>کسی برای چاپ نیست: گزینش خالی است</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="193"/>
        <source>an administrator can print anyway with --override-approval --operator NAME</source>
        <translation>مدیر سامانه می‌تواند با --override-approval --operator NAME در هر حال چاپ کند</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="220"/>
        <source>; skipped {count} cancelled</source>
        <translation>؛ {count} نفر لغوشده کنار گذاشته شدند</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="225"/>
        <source>; skipped {count} awaiting protocol approval</source>
        <translation>؛ {count} نفر در انتظار تأیید تشریفات کنار گذاشته شدند</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="229"/>
        <source>; from this desk&apos;s replica (the server does not answer): {count} without a badge yet skipped</source>
        <translation>؛ از نسخهٔ محلی این میز (سرور پاسخ نمی‌دهد): {count} نفر که هنوز کارت ندارند کنار گذاشته شدند</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="234"/>
        <source>{out}: {badges} badges on {pages} pages ({name}), {issued} newly issued{note}</source>
        <translation>{out}: {badges} کارت در {pages} صفحه ({name})، {issued} کارت تازه صادر شد{note}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/cards.py" line="22"/>
        <source>print name tent cards for a session&apos;s seated people or for every region</source>
        <translation>چاپ تابلوی رومیزی نام برای افراد جانمایی‌شدهٔ یک نشست یا برای هر استان</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/cards.py" line="26"/>
        <source>Tent cards on A4, folded in half: the front face upright, the back face rotated 180° so the name reads from both sides. --regions prints one per region (Persian, Latin and the region&apos;s own script), useful before the governors&apos; names are known.</source>
        <translation>تابلوهای رومیزی روی کاغذ A4 که از وسط تا می‌شوند: روی جلو ایستاده و روی پشت ۱۸۰ درجه چرخیده است تا نام از هر دو سو خوانده شود. --regions برای هر استان یکی چاپ می‌کند (فارسی، لاتین و خط خود استان)؛ پیش از روشن شدن نام استانداران سودمند است.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/cards.py" line="38"/>
        <source>cards for the people seated in this session&apos;s plan</source>
        <translation>تابلو برای افراد جانمایی‌شده در نقشهٔ این نشست</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/cards.py" line="41"/>
        <source>one card per participating region</source>
        <translation>یک تابلو برای هر استان شرکت‌کننده</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/cards.py" line="79"/>
        <source>region cards</source>
        <translation>تابلوی استان</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/cards.py" line="89"/>
        <source>Nobody is seated in &apos;{session}&apos; yet: run &apos;seating --session {session} --arrange&apos; first</source>
        <translation>هنوز کسی در &apos;{session}&apos; جانمایی نشده است: نخست &apos;seating --session {session} --arrange&apos; را اجرا کنید</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/cards.py" line="97"/>
        <source>name cards</source>
        <translation>تابلوی نام</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/cards.py" line="108"/>
        <source>{out_path}: {items} {what} on {pages} A4 sheets (fold in half)</source>
        <translation>{out_path}: {items} {what} روی {pages} برگ A4 (از وسط تا کنید)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="30"/>
        <source>--at takes an ISO date and time such as 2025-11-18T09:30, not &apos;{text}&apos;</source>
        <translation>--at تاریخ و ساعتی به قالب ISO مانند 2025-11-18T09:30 می‌پذیرد، نه &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="39"/>
        <source>check in a scanned badge payload (desk or session door), or undo a check-in</source>
        <translation>پذیرش با محتوای کارت اسکن‌شده (میز یا در نشست) یا لغو یک پذیرش</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="43"/>
        <source>Decide and record one scan: admitted, already_checked_in, revoked, forged, unknown, wrong_event, cancelled, not_valid_today or no_access. Exit status 0 when the person is let in, 2 when refused. The payload may be typed through a Persian or Russian layout.</source>
        <translation>دربارهٔ یک اسکن تصمیم می‌گیرد و آن را ثبت می‌کند: admitted، already_checked_in، revoked، forged، unknown، wrong_event، cancelled، not_valid_today یا no_access. کد خروج ۰ یعنی شخص پذیرفته شد و ۲ یعنی رد شد. محتوای کارت ممکن است با چیدمان صفحه‌کلید فارسی یا روسی تایپ شده باشد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="52"/>
        <source>what the scanner typed</source>
        <translation>آنچه اسکنر تایپ کرد</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="58"/>
        <source>the desk or door name recorded with the scan</source>
        <translation>نام میز یا در که همراه اسکن ثبت می‌شود</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="63"/>
        <source>door mode: the session being entered (e.g. plenary)</source>
        <translation>حالت در: نشستی که وارد آن می‌شوند (مثلاً plenary)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="68"/>
        <source>who is scanning (default: the logged-in user)</source>
        <translation>چه کسی اسکن می‌کند (پیش‌فرض: کاربر واردشده)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="74"/>
        <source>language of the verdict (default: the global --lang)</source>
        <translation>زبان نتیجه (پیش‌فرض: --lang کلی)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="80"/>
        <source>scan as if at this moment (rehearsals, tests); without a zone it is the event&apos;s local time</source>
        <translation>اسکن چنان‌که گویی در این لحظه است (تمرین‌ها، آزمون‌ها)؛ بدون منطقهٔ زمانی، به وقت محلی رویداد است</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="86"/>
        <source>print the verdict as JSON</source>
        <translation>نتیجه را به‌صورت JSON چاپ کن</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="92"/>
        <source>undo the check-in with this id (audited)</source>
        <translation>لغو پذیرش با این شناسه (با ثبت در ممیزی)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="95"/>
        <source>why the check-in is undone (with --undo)</source>
        <translation>چرا پذیرش لغو می‌شود (همراه --undo)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="106"/>
        <source>Give either a PAYLOAD to scan or --undo ID, not both</source>
        <translation>یا PAYLOAD را برای اسکن بدهید یا --undo ID را، نه هر دو</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="112"/>
        <source>check-in {undo} undone</source>
        <translation>پذیرش {undo} لغو شد</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="115"/>
        <source>Give the scanned PAYLOAD (or --undo ID)</source>
        <translation>PAYLOAD اسکن‌شده را بدهید (یا --undo ID)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="136"/>
        <source>(from this desk&apos;s replica: the server does not answer; the scan waits to be synced)</source>
        <translation>(از نسخهٔ محلی این میز: سرور پاسخ نمی‌دهد؛ اسکن برای همگام‌سازی منتظر می‌ماند)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/context.py" line="152"/>
        <source>error: {message}</source>
        <translation>خطا: {message}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/demo.py" line="19"/>
        <location filename="../../accreditation/cli/commands/search.py" line="24"/>
        <source>not a whole number: {text}</source>
        <translation>عدد صحیح نیست: {text}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/demo.py" line="23"/>
        <source>must be between 1 and {max_delegates:,}</source>
        <translation>باید میان 1 و {max_delegates:,} باشد</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/demo.py" line="33"/>
        <source>add synthetic delegations for all 14 regions plus guests</source>
        <translation>افزودن هیئت‌های ساختگی برای هر ۱۴ استان به‌همراه مهمانان</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/demo.py" line="35"/>
        <source>Add synthetic people: an official delegation for every region (names in Persian, Cyrillic, Azerbaijani and Turkmen Latin with passport forms) plus ambassadors, ministers, ECO, chambers of commerce, press, organizers and security. Initialises the event first.</source>
        <translation>افراد ساختگی می‌افزاید: یک هیئت رسمی برای هر استان (نام‌ها به فارسی، سیریلیک و لاتین آذربایجانی و ترکمنی همراه با شکل گذرنامه‌ای) به‌همراه سفیران، وزیران، اکو، اتاق‌های بازرگانی، رسانه‌ها، برگزارکنندگان و حفاظت. نخست رویداد را آماده می‌کند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/demo.py" line="48"/>
        <source>how many people (default {default_delegates}, at most {max_delegates:,})</source>
        <translation>چند نفر (پیش‌فرض {default_delegates}، حداکثر {max_delegates:,})</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/demo.py" line="56"/>
        <source>random seed, for repeatable data (default 1404)</source>
        <translation>بذر تصادفی، برای داده‌های تکرارپذیر (پیش‌فرض 1404)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/demo.py" line="64"/>
        <source>give everyone a generated photo</source>
        <translation>به همه عکسی ساختگی بده</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/demo.py" line="67"/>
        <source>no photos</source>
        <translation>بدون عکس</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/demo.py" line="72"/>
        <source>add even if the database already has people</source>
        <translation>افزودن حتی اگر پایگاه داده از پیش افرادی دارد</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/demo.py" line="90"/>
        <source>{display_name}: added {added} demo people</source>
        <translation>{display_name}: {added} نفر نمایشی افزوده شد</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/export.py" line="15"/>
        <source>export people to .csv or .xlsx, or the delegation lists to .pdf</source>
        <translation>برون‌بری افراد به .csv یا .xlsx، یا فهرست هیئت‌ها به .pdf</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/export.py" line="17"/>
        <source>Export people to a CSV or XLSX file (chosen by the extension), with the importer&apos;s column names. Passport numbers are left out unless --with-passports; cells that a spreadsheet would run as formulas are neutralised. A .pdf file gets the protocol officers&apos; delegation list: per region, Persian and Latin names, titles and categories.</source>
        <translation>افراد را با نام ستون‌های واردکننده در پرونده‌ای CSV یا XLSX (به انتخاب پسوند) برون‌بری می‌کند. شمارهٔ گذرنامه جز با --with-passports نوشته نمی‌شود؛ خانه‌هایی که صفحه‌گسترده به‌عنوان فرمول اجرا می‌کند بی‌اثر می‌شوند. پروندهٔ .pdf فهرست هیئت‌ها برای کارشناسان تشریفات است: به تفکیک استان، با نام فارسی و لاتین، عنوان و رده.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/export.py" line="30"/>
        <source>the .csv, .xlsx or .pdf file to write</source>
        <translation>پروندهٔ .csv، .xlsx یا .pdf خروجی</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/export.py" line="33"/>
        <location filename="../../accreditation/cli/commands/names.py" line="33"/>
        <source>only this region&apos;s people</source>
        <translation>فقط افراد این استان</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/export.py" line="36"/>
        <source>include passport numbers</source>
        <translation>همراه با شمارهٔ گذرنامه</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/export.py" line="39"/>
        <source>leave cancelled people out</source>
        <translation>بدون افراد لغوشده</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/export.py" line="45"/>
        <source>alphabetical order of the list: en by passport name, fa by Persian name, ru by native name</source>
        <translation>ترتیب الفبایی فهرست: en بر پایهٔ نام گذرنامه، fa بر پایهٔ نام فارسی، ru بر پایهٔ نام بومی</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/export.py" line="66"/>
        <source>Exported {count} people to {file} (with passport numbers).</source>
        <translation>{count} نفر در {file} برون‌بری شدند (همراه با شمارهٔ گذرنامه).</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/export.py" line="68"/>
        <source>Exported {count} people to {file}.</source>
        <translation>{count} نفر در {file} برون‌بری شدند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="22"/>
        <source>import a delegation list (CSV or XLSX)</source>
        <translation>ورود فهرست یک هیئت (CSV یا XLSX)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="24"/>
        <source>Import a delegation list. Every row is checked first; a file with problems is refused with the list of problems by row, and nothing is written, unless --skip-invalid. People already registered (same passport number, or same name in the same region) are updated, never added twice. All accepted rows are written in one transaction.</source>
        <translation>فهرست یک هیئت را وارد می‌کند. نخست همهٔ ردیف‌ها بررسی می‌شوند؛ پرونده‌ای که ایراد دارد با فهرست ایرادها به تفکیک ردیف رد می‌شود و هیچ چیز نوشته نمی‌شود، مگر با --skip-invalid. کسانی که پیش‌تر ثبت شده‌اند (همان شمارهٔ گذرنامه یا همان نام در همان استان) به‌روز می‌شوند و هرگز دو بار افزوده نمی‌شوند. همهٔ ردیف‌های پذیرفته در یک تراکنش نوشته می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="34"/>
        <source>the .csv or .xlsx file</source>
        <translation>پروندهٔ .csv یا .xlsx</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="39"/>
        <source>region code for rows that name no region (e.g. astrakhan)</source>
        <translation>کد استان برای ردیف‌هایی که استانی نام نمی‌برند (مثلاً astrakhan)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="45"/>
        <source>category for rows that name none (default: delegate)</source>
        <translation>رده برای ردیف‌هایی که رده‌ای نام نمی‌برند (پیش‌فرض: delegate)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="48"/>
        <source>check and report, write nothing</source>
        <translation>بررسی و گزارش، بدون نوشتن</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="53"/>
        <source>import the good rows and skip those with problems</source>
        <translation>ورود ردیف‌های درست و گذشتن از ردیف‌های دارای ایراد</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="62"/>
        <source>who is importing, for the audit trail (default: your user name)</source>
        <translation>چه کسی وارد می‌کند، برای سابقهٔ ممیزی (پیش‌فرض: نام کاربری شما)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="79"/>
        <source>row {row}: {column}: {message}</source>
        <translation>ردیف {row}: {column}: {message}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="85"/>
        <source>row {row}: note: {message}</source>
        <translation>ردیف {row}: توجه: {message}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="90"/>
        <source>{accepted} new people would be added, {updated} already registered ({unchanged} unchanged), {rejected} rows rejected</source>
        <translation>{accepted} نفر تازه افزوده خواهند شد، {updated} نفر پیش‌تر ثبت شده‌اند ({unchanged} نفر بدون تغییر)، {rejected} ردیف رد شد</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="96"/>
        <source>{accepted} new people were added, {updated} already registered ({unchanged} unchanged), {rejected} rows rejected</source>
        <translation>{accepted} نفر تازه افزوده شدند، {updated} نفر پیش‌تر ثبت شده بودند ({unchanged} نفر بدون تغییر)، {rejected} ردیف رد شد</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="108"/>
        <source>, {skipped} skipped</source>
        <translation>، {skipped} ردیف کنار گذاشته شد</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="109"/>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/info.py" line="16"/>
        <source>show the version, the database&apos;s schema revision, the data folder and the log file</source>
        <translation>نمایش نسخه، بازبینی طرح‌وارهٔ پایگاه داده، پوشهٔ داده‌ها و پروندهٔ گزارش</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/info.py" line="21"/>
        <source>What support asks first: the program&apos;s version, the schema revision of the database (read without creating or upgrading it), the data folder, the log file and where the program&apos;s own files are.</source>
        <translation>آنچه پشتیبانی پیش از همه می‌پرسد: نسخهٔ برنامه، بازبینی طرح‌وارهٔ پایگاه داده (بدون ساختن یا ارتقای آن خوانده می‌شود)، پوشهٔ داده‌ها، پروندهٔ گزارش و جای پرونده‌های خود برنامه.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/info.py" line="30"/>
        <source>print the facts as JSON</source>
        <translation>اطلاعات را به‌صورت JSON چاپ کن</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/init.py" line="15"/>
        <source>create the database and load the event (safe to run again)</source>
        <translation>ساختن پایگاه داده و بارگذاری رویداد (اجرای دوباره بی‌خطر است)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/init.py" line="17"/>
        <source>Create the database if needed, bring its schema up to date, and load the event from its data file: countries, regions, categories, zones and sessions. Running it again updates the same rows and never duplicates them.</source>
        <translation>در صورت نیاز پایگاه داده را می‌سازد، طرح‌وارهٔ آن را به‌روز می‌کند و رویداد را از پروندهٔ داده‌اش بار می‌کند: کشورها، استان‌ها، رده‌ها، محدوده‌ها و نشست‌ها. اجرای دوباره همان ردیف‌ها را به‌روز می‌کند و هرگز تکرارشان نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/init.py" line="29"/>
        <source>an event data file (default: the bundled summit)</source>
        <translation>پروندهٔ دادهٔ رویداد (پیش‌فرض: اجلاس همراه برنامه)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/init.py" line="59"/>
        <source>{display_name}: event &apos;{code}&apos; ready — {countries} countries, {regions} regions, {categories} categories</source>
        <translation>{display_name}: رویداد &apos;{code}&apos; آماده است — {countries} کشور، {regions} استان، {categories} رده</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="20"/>
        <source>Format</source>
        <extracomment>Translated when printed; QT_TRANSLATE_NOOP marks them for lupdate.</extracomment>
        <translation>قالب</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="21"/>
        <source>Document code</source>
        <translation>کد سند</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="22"/>
        <source>Issuing state</source>
        <translation>کشور صادرکننده</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="23"/>
        <source>Family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="24"/>
        <source>Given names</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="25"/>
        <source>Document number</source>
        <translation>شمارهٔ سند</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="26"/>
        <source>Nationality</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="27"/>
        <source>Date of birth</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="28"/>
        <source>Sex</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="29"/>
        <source>Expiry date</source>
        <translation>تاریخ انقضا</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="30"/>
        <source>Personal number</source>
        <translation>شمارهٔ شخصی</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="31"/>
        <source>Optional data</source>
        <translation>دادهٔ اختیاری</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="38"/>
        <source>read and verify a passport&apos;s or ID card&apos;s machine-readable zone</source>
        <translation>خواندن و راستی‌آزمایی ناحیهٔ ماشین‌خوان گذرنامه یا کارت شناسایی</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="40"/>
        <source>Check every check digit of a machine-readable zone (ICAO 9303): two lines of 44 characters (passport, TD3), two of 36 (TD2) or three of 30 (ID card, TD1), and print its fields. Text typed through a Persian or Russian keyboard layout is understood. Quote each line: &apos;&lt;&apos; is special to the shell.</source>
        <translation>همهٔ رقم‌های کنترل ناحیهٔ ماشین‌خوان (ICAO 9303) را می‌سنجد: دو سطر ۴۴ نویسه‌ای (گذرنامه، TD3)، دو سطر ۳۶ نویسه‌ای (TD2) یا سه سطر ۳۰ نویسه‌ای (کارت شناسایی، TD1)، و بخش‌های آن را چاپ می‌کند. متنی که با چیدمان صفحه‌کلید فارسی یا روسی تایپ شده باشد نیز فهمیده می‌شود. هر سطر را در نقل‌قول بگذارید: &apos;&lt;&apos; برای پوسته معنای ویژه دارد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="50"/>
        <source>the zone&apos;s lines, in order</source>
        <translation>سطرهای ناحیه، به ترتیب</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="55"/>
        <source>print the fields (or the failure) as JSON</source>
        <translation>بخش‌ها (یا خطا) را به‌صورت JSON چاپ کن</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="82"/>
        <source>All check digits verify.</source>
        <translation>همهٔ رقم‌های کنترل درست‌اند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/reissue.py" line="21"/>
        <source>replace a person&apos;s badge (lost, damaged, data changed)</source>
        <translation>جایگزینی کارت یک شخص (گم‌شده، آسیب‌دیده، تغییر اطلاعات)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/reissue.py" line="23"/>
        <source>Give a person&apos;s badge a new version (same number) and revoke the old one. Print the new one with &apos;badges --ids ID --out FILE.pdf&apos;.</source>
        <translation>به کارت یک شخص نسخهٔ تازه‌ای (با همان شماره) می‌دهد و نسخهٔ قدیمی را باطل می‌کند. کارت تازه را با &apos;badges --ids ID --out FILE.pdf&apos; چاپ کنید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/reissue.py" line="30"/>
        <source>the person&apos;s id</source>
        <translation>شناسهٔ شخص</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/reissue.py" line="35"/>
        <source>who is reissuing (default: the logged-in user)</source>
        <translation>چه کسی دوباره صادر می‌کند (پیش‌فرض: کاربر واردشده)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/reissue.py" line="61"/>
        <source>Badge {number:05d} of {name} (#{id}) reissued: version {version} is current, version {old_version} revoked ({reason}). Print it with: badges --ids {id} --out FILE.pdf</source>
        <translation>کارت {number:05d} متعلق به {name} (#{id}) دوباره صادر شد: نسخهٔ {version} معتبر است و نسخهٔ {old_version} باطل شد ({reason}). چاپ با: badges --ids {id} --out FILE.pdf</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="26"/>
        <source>--option takes NAME=VALUE, not &apos;{text}&apos;</source>
        <translation>--option به شکل NAME=VALUE است، نه &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="41"/>
        <source>list, add, export or import the rooms seating plans use</source>
        <translation>فهرست، افزودن، برون‌بری یا ورود تالارهایی که نقشه‌های جانمایی به کار می‌برند</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="45"/>
        <source>the rooms with their shapes and seats</source>
        <translation>تالارها با شکل و صندلی‌هایشان</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="48"/>
        <source>add (or regenerate) a room of a given shape</source>
        <translation>افزودن (یا بازسازی) تالاری با شکل معین</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="56"/>
        <source>places at the table (theatre: seats in all)</source>
        <translation>جاها پشت میز (سالن نمایش: همهٔ صندلی‌ها)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="66"/>
        <source>a generator option: rows, per_row, back_chairs, wall_rows, guest_rows, front_heads...</source>
        <translation>گزینهٔ سازنده: rows، per_row، back_chairs، wall_rows، guest_rows، front_heads و ...</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="72"/>
        <source>write a room with every seat listed, to edit by hand</source>
        <translation>نوشتن تالار با فهرست همهٔ صندلی‌ها، برای ویرایش دستی</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="77"/>
        <source>add or update a room from a room file</source>
        <translation>افزودن یا به‌روزرسانی تالار از پروندهٔ تالار</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="120"/>
        <source>{code:20s} {shape:16s} {seats:5d} seats  {name}</source>
        <translation>{code:20s} {shape:16s} {seats:5d} صندلی  {name}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="154"/>
        <source>room {code}: {shape}, {count} seats</source>
        <translation>تالار {code}: {shape}، {count} صندلی</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="147"/>
        <source>{out}: room {code}, {count} seats</source>
        <translation>{out}: تالار {code}، {count} صندلی</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="28"/>
        <source>must be between 1 and {max_limit}</source>
        <translation>باید میان 1 و {max_limit} باشد</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="36"/>
        <source>find people by name (any script), badge, passport or phone number</source>
        <translation>یافتن افراد با نام (به هر خطی)، شمارهٔ کارت، گذرنامه یا تلفن</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="38"/>
        <source>Find people the way the desk does: a name or its beginning in Persian, Latin or Cyrillic (spelling variants and other scripts match too), a badge, passport or phone number, a title or an organization. Results are ranked: numbers, exact names, prefixes, sound-alikes, typos. Quotes, stars and other search-engine syntax are plain text.</source>
        <translation>افراد را همان‌گونه که میز اعتبارنامه می‌یابد پیدا می‌کند: نام یا آغاز آن به فارسی، لاتین یا سیریلیک (گونه‌های نگارشی و خط‌های دیگر هم یافته می‌شوند)، شمارهٔ کارت، گذرنامه یا تلفن، عنوان یا سازمان. نتایج رتبه‌بندی می‌شوند: شماره‌ها، نام‌های دقیق، آغاز نام‌ها، هم‌آواها، غلط‌های تایپی. نقل‌قول، ستاره و دیگر نحو موتورهای جست‌وجو متن ساده به شمار می‌آیند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="50"/>
        <source>what to look for (quote it if it has spaces)</source>
        <translation>آنچه باید جست (اگر فاصله دارد، در نقل‌قول بگذارید)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="57"/>
        <source>at most N results (default 20)</source>
        <translation>حداکثر N نتیجه (پیش‌فرض 20)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="60"/>
        <source>print a JSON list, best first</source>
        <translation>چاپ فهرست JSON، بهترین در آغاز</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="63"/>
        <source>only people of this region (e.g. gilan)</source>
        <translation>فقط افراد این استان (مثلاً gilan)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="69"/>
        <source>only people with this status</source>
        <translation>فقط افرادی با این وضعیت</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="74"/>
        <source>only people already admitted at least once (yes) or not yet (no)</source>
        <translation>فقط افرادی که دست‌کم یک بار پذیرش شده‌اند (yes) یا هنوز نشده‌اند (no)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="79"/>
        <source>rebuild everyone&apos;s search keys first (after an upgrade of the matching rules)</source>
        <translation>نخست کلیدهای جست‌وجوی همه را از نو بساز (پس از ارتقای قواعد تطبیق)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="137"/>
        <source>Give something to search for: a name, a badge, passport or phone number</source>
        <translation>چیزی برای جست‌وجو بدهید: نام، شمارهٔ کارت، گذرنامه یا تلفن</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="163"/>
        <source>Nobody matches {query!r}.</source>
        <translation>کسی با {query!r} جور نیست.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="27"/>
        <source>--reserve takes SEAT=NAME, not &apos;{text}&apos;</source>
        <translation>--reserve به شکل SEAT=NAME است، نه &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="35"/>
        <source>arrange a session&apos;s protocol seating and print the seating chart</source>
        <translation>چیدن جانمایی تشریفاتی یک نشست و چاپ نقشهٔ جانمایی</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="37"/>
        <source>Seat a session by protocol: the host at the centre of the head table, heads of delegation alternating to the host&apos;s right and left by precedence, advisers behind their head, interpreters behind and to the right, guests in the guest seats. Locked and reserved seats are kept when arranging again.</source>
        <translation>نشست را به ترتیب تشریفات جانمایی می‌کند: میزبان در میانهٔ میز اصلی، رؤسای هیئت‌ها به ترتیب تقدم یکی در میان در راست و چپ میزبان، مشاوران پشت سر رئیس خود، مترجمان پشت سر و سمت راست، و مهمانان در جایگاه مهمانان. صندلی‌های قفل‌شده و رزروشده در چیدن دوباره حفظ می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="50"/>
        <source>session code (plenary, economy...)</source>
        <translation>کد نشست (plenary، economy و ...)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="55"/>
        <source>seat the session in this room instead of its own</source>
        <translation>نشست را به‌جای تالار خودش در این تالار جانمایی کن</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="60"/>
        <source>arrange the plan again (locked seats stay)</source>
        <translation>نقشه را دوباره بچین (صندلی‌های قفل‌شده می‌مانند)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="65"/>
        <source>order of precedence (default rank_alpha)</source>
        <translation>ترتیب تقدم (پیش‌فرض rank_alpha)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="70"/>
        <source>alphabetical order in this language</source>
        <translation>ترتیب الفبایی به این زبان</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="75"/>
        <source>manual order of precedence: region/organization codes or person ids, comma-separated</source>
        <translation>ترتیب تقدم دستی: کد استان‌ها/سازمان‌ها یا شناسهٔ افراد، جداشده با ویرگول</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="86"/>
        <source>hold a seat for a named guest (locked); may be repeated</source>
        <translation>نگه داشتن صندلی برای مهمانی با نام معین (قفل‌شده)؛ تکرارپذیر</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="93"/>
        <source>lock a seat as it is</source>
        <translation>قفل کردن صندلی همان‌گونه که هست</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="100"/>
        <source>unlock a seat</source>
        <translation>باز کردن قفل صندلی</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="106"/>
        <source>write the seating chart and door list</source>
        <translation>نوشتن نقشهٔ جانمایی و فهرست در ورودی</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="112"/>
        <source>paper for the chart (default A4)</source>
        <translation>کاغذ نقشه (پیش‌فرض A4)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="118"/>
        <source>write a &apos;your seat&apos; slip per person</source>
        <translation>نوشتن برگهٔ «جای شما» برای هر نفر</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="121"/>
        <source>print the assignments as JSON</source>
        <translation>جانمایی‌ها را به‌صورت JSON چاپ کن</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="137"/>
        <source>warning: {count} seated people have no Persian name; the Persian sheets show their Latin name marked for review (add them with &apos;names persian&apos;): {names}</source>
        <translation>هشدار: {count} نفر از نشستگان نام فارسی ندارند؛ برگه‌های فارسی نام لاتین آنان را با نشان بازبینی چاپ می‌کنند (با &apos;names persian&apos; بیفزایید): {names}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="160"/>
        <source>--out and --slips must name .pdf files, not {name}</source>
        <translation>--out و --slips باید پرونده‌های .pdf را نام ببرند، نه {name}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="224"/>
        <source> (arranged in {ms} ms)</source>
        <translation> (در {ms} میلی‌ثانیه چیده شد)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="229"/>
        <source>{session_code} in {room_code}: {taken} of {seats} seats taken, {unseated} unseated{arranged}</source>
        <translation>{session_code} در {room_code}: {taken} صندلی از {seats} صندلی پر شد، {unseated} نفر بی‌جا ماندند{arranged}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="242"/>
        <source>conflict: {message}</source>
        <translation>تعارض: {message}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="245"/>
        <source>{out_path}: seating chart, {pages} pages</source>
        <translation>{out_path}: نقشهٔ جانمایی، {pages} صفحه</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="251"/>
        <source>{out_path}: {items} seat slips on {pages} pages</source>
        <translation>{out_path}: {items} برگهٔ جا در {pages} صفحه</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="22"/>
        <source>roles and PINs: show them, set a role&apos;s PIN, clear them</source>
        <extracomment>Where ``access set-pin`` reads the new PIN in a script (a terminal is asked twice instead).</extracomment>
        <translation>نقش‌ها و رمزها: نمایش، تعیین رمز یک نقش، برداشتن رمزها</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="23"/>
        <source>Roles are desk (check-in, badges), protocol (seating, rooms, name cards) and admin (everything). While no admin PIN is set every action is allowed (open mode). Set the admin PIN first; then changing PINs needs --role admin and the admin PIN (in $ACCREDITATION_PIN or asked for).</source>
        <translation>نقش‌ها: desk (پذیرش، کارت‌ها)، protocol (جانمایی، سالن‌ها، تابلوی نام) و admin (همه‌چیز). تا رمز مدیر تعیین نشده هر کاری مجاز است (حالت باز). نخست رمز مدیر را تعیین کنید؛ پس از آن تغییر رمزها به --role admin و رمز مدیر نیاز دارد (در $ACCREDITATION_PIN یا پرسیده می‌شود).</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="32"/>
        <source>open mode or not, and which roles have a PIN</source>
        <translation>حالت باز است یا نه، و کدام نقش‌ها رمز دارند</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="37"/>
        <source>set or change a role&apos;s PIN</source>
        <translation>تعیین یا تغییر رمز یک نقش</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="38"/>
        <source>The new PIN is read from ${variable}, or asked for twice in a terminal; never from the command line, where other users can see it.</source>
        <translation>رمز تازه از ${variable} خوانده می‌شود یا دو بار در پایانه پرسیده می‌شود؛ هرگز از خط فرمان، که دیگران می‌توانند آن را ببینند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="47"/>
        <source>remove one role&apos;s PIN (not admin&apos;s: use clear-pins)</source>
        <translation>برداشتن رمز یک نقش (نه مدیر: clear-pins را به کار ببرید)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="52"/>
        <source>remove every PIN: back to open mode</source>
        <translation>برداشتن همهٔ رمزها: بازگشت به حالت باز</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/names.py" line="19"/>
        <source>names: propose and accept Persian names for the guests</source>
        <translation>نام‌ها: پیشنهاد و پذیرش نام فارسی برای مهمانان</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/names.py" line="24"/>
        <source>list the people without a Persian name, with a proposal for each</source>
        <translation>فهرست کسانی که نام فارسی ندارند، با پیشنهادی برای هر یک</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/names.py" line="25"/>
        <source>Lists everyone without a Persian name with the proposed spelling and its confidence. Nothing is stored unless --accept-all is given; accepted names are marked as reviewed in the audit trail.</source>
        <translation>همهٔ کسانی را که نام فارسی ندارند با املای پیشنهادی و میزان اطمینان آن فهرست می‌کند. بدون --accept-all چیزی ذخیره نمی‌شود؛ نام‌های پذیرفته‌شده در سابقهٔ تغییرات «بازبینی‌شده» ثبت می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/names.py" line="38"/>
        <source>store every proposal as the person&apos;s Persian name</source>
        <translation>هر پیشنهاد را به‌عنوان نام فارسی آن فرد ذخیره کن</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/names.py" line="73"/>
        <source>high</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/names.py" line="74"/>
        <source>medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/names.py" line="75"/>
        <source>low</source>
        <translation>کم</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/names.py" line="86"/>
        <source>{count} Persian names accepted</source>
        <translation>{count} نام فارسی پذیرفته شد</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/names.py" line="90"/>
        <source>{count} people without a Persian name. Nothing was stored: review them in the window (Protocol → Persian names) or accept all with --accept-all.</source>
        <translation>{count} نفر نام فارسی ندارند. چیزی ذخیره نشد: در پنجره بازبینی کنید (تشریفات ← نام‌های فارسی) یا همه را با --accept-all بپذیرید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/names.py" line="97"/>
        <source>Everyone has a Persian name.</source>
        <translation>همه نام فارسی دارند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="26"/>
        <source>push the offline queue to the server now, or show the desk&apos;s status</source>
        <translation>صف آفلاین را همین حالا به سرور بفرست، یا وضعیت میز را نشان بده</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="27"/>
        <source>A desk on a server keeps a replica and works from it when the server does not answer; scans, prints and hand-overs made then wait in a queue. &apos;sync&apos; pushes the queue (each item once, even when repeated) and refreshes the replica; &apos;--status&apos; says online or offline, the replica&apos;s age and how many items wait.</source>
        <translation>میزی که با سرور کار می‌کند نسخه‌ای محلی نگه می‌دارد و وقتی سرور پاسخ نمی‌دهد با آن کار می‌کند؛ اسکن‌ها، چاپ‌ها و تحویل‌های آن زمان در صف می‌مانند. &apos;sync&apos; صف را می‌فرستد (هر مورد یک بار، حتی اگر تکرار شود) و نسخهٔ محلی را تازه می‌کند؛ &apos;--status&apos; می‌گوید میز آنلاین است یا آفلاین، نسخهٔ محلی چقدر قدیمی است و چند مورد منتظرند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="36"/>
        <source>only say where the desk stands</source>
        <translation>فقط وضعیت میز را بگو</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="38"/>
        <source>print JSON</source>
        <translation>چاپ به صورت JSON</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="44"/>
        <source>never refreshed</source>
        <translation>هرگز تازه نشده</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="46"/>
        <source>{n} s old</source>
        <translation>{n} ثانیه پیش</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="47"/>
        <source>{n} min old</source>
        <translation>{n} دقیقه پیش</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="55"/>
        <source>sync is for a desk on a database server (--db postgresql+psycopg://...): a desk on a SQLite file has nothing to sync.</source>
        <translation>sync برای میزی است که با سرور پایگاه داده کار می‌کند (--db postgresql+psycopg://...)؛ میزی که با فایل SQLite کار می‌کند چیزی برای همگام‌سازی ندارد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="71"/>
        <source>online</source>
        <translation>آنلاین</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="73"/>
        <source>offline since {time}</source>
        <translation>آفلاین از {time}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="76"/>
        <source>server:  {server} ({state})</source>
        <translation>سرور:  {server} ({state})</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="81"/>
        <source>replica: {path} ({age})</source>
        <translation>نسخهٔ محلی: {path} ({age})</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="85"/>
        <source>waiting: {n}</source>
        <translation>در انتظار: {n}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="107"/>
        <source>The server does not answer ({reason}); {n} items wait on this desk.</source>
        <translation>سرور پاسخ نمی‌دهد ({reason})؛ {n} مورد روی این میز منتظر است.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="116"/>
        <source>pushed {pushed}, already on the server {already}, conflicts {conflicts}, waiting {waiting}</source>
        <translation>فرستاده شد {pushed}، از پیش روی سرور {already}، ناسازگاری {conflicts}، در انتظار {waiting}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="123"/>
        <source>replica refreshed in {seconds:.2f} s ({people} people changed)</source>
        <translation>نسخهٔ محلی در {seconds:.2f} ثانیه تازه شد ({people} نفر تغییر کرده بودند)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="128"/>
        <source>not pushed: {error}</source>
        <translation>فرستاده نشد: {error}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../accreditation/store/database.py" line="59"/>
        <source>Not a database address: {text}</source>
        <extracomment>Pages copied per step of a backup that reports its progress (4 MiB at the default page size).</extracomment>
        <translation>نشانی پایگاه داده نیست: {text}</translation>
    </message>
    <message>
        <location filename="../../accreditation/store/database.py" line="65"/>
        <source>Cannot create the database: folder {parent} does not exist</source>
        <translation>پایگاه داده ساخته نمی‌شود: پوشهٔ {parent} وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../accreditation/store/database.py" line="377"/>
        <source>The server {target} does not answer ({orig}).</source>
        <extracomment>Execution option naming the kind of BEGIN a SQLite transaction starts with. A writer that must never meet &quot;database is locked&quot; half-way (the check-in scan) takes the write lock up front, waiting up to the busy timeout for it: ``engine.execution_options(sqlite_begin=&quot;IMMEDIATE&quot;)`` or the same option on a ``Connection`` before its transaction begins. Anything else gives a plain (deferred) BEGIN. How long a desk waits for the server before it works from its replica (seconds); ``ACCREDITATION_ SERVER_TIMEOUT`` changes it. libpq counts whole seconds and takes 2 as its least connect timeout. Whether the database had content before this open (a new file has nothing to back up yet). Whether this open brought the schema to head (``migrate=True``), as a desk&apos;s open does. Set by :meth:`close`: the desk moved to another database, or is shutting down. Why this database may not be changed through :meth:`transaction` (&quot;&quot; when it may): a desk&apos;s replica opened for the window while the server is gone, where only the offline queue writes.</extracomment>
        <translation>سرور {target} پاسخ نمی‌دهد ({orig}).</translation>
    </message>
    <message>
        <location filename="../../accreditation/store/database.py" line="382"/>
        <source>Cannot open the database {target}: {orig}</source>
        <translation>پایگاه دادهٔ {target} باز نمی‌شود: {orig}</translation>
    </message>
    <message>
        <location filename="../../accreditation/store/database.py" line="388"/>
        <source>Cannot open the database {target}: {exc}</source>
        <translation>پایگاه دادهٔ {target} باز نمی‌شود: {exc}</translation>
    </message>
    <message>
        <location filename="../../accreditation/demo/generate.py" line="328"/>
        <source>--delegates must be between 1 and {max_delegates:,}</source>
        <extracomment>Above this many people, only this many get a generated photo (keeps big benchmark files sane).</extracomment>
        <translation>--delegates باید میان 1 و {max_delegates:,} باشد</translation>
    </message>
    <message>
        <location filename="../../accreditation/demo/generate.py" line="336"/>
        <source>This database already has {existing} people; add --append to add demo people anyway</source>
        <translation>این پایگاه داده از پیش {existing} نفر دارد؛ برای افزودن افراد نمایشی در هر حال، --append را بیفزایید</translation>
    </message>
    <message>
        <location filename="../../accreditation/demo/generate.py" line="357"/>
        <source>Region {code} has no delegation: run &apos;init&apos; again</source>
        <translation>استان {code} هیئت ندارد: &apos;init&apos; را دوباره اجرا کنید</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/loader.py" line="45"/>
        <source>Event file not found: {path}</source>
        <translation>پروندهٔ رویداد پیدا نشد: {path}</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/loader.py" line="48"/>
        <source>Event file {path} is not valid JSON: {exc}</source>
        <translation>پروندهٔ رویداد {path} JSON معتبر نیست: {exc}</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/loader.py" line="53"/>
        <source>Event file {path} has no &apos;{key}&apos; section</source>
        <translation>پروندهٔ رویداد {path} بخش &apos;{key}&apos; ندارد</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/loader.py" line="105"/>
        <source>Region {region} names unknown country {country}</source>
        <translation>استان {region} به کشور ناشناختهٔ {country} اشاره می‌کند</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/loader.py" line="137"/>
        <source>Category {category} names unknown zones: {zones}</source>
        <translation>ردهٔ {category} به محدوده‌های ناشناختهٔ {zones} اشاره می‌کند</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/loader.py" line="214"/>
        <source>This database has no event yet: run &apos;init&apos; first</source>
        <translation>این پایگاه داده هنوز رویدادی ندارد: نخست &apos;init&apos; را اجرا کنید</translation>
    </message>
    <message>
        <location filename="../../accreditation/installation.py" line="121"/>
        <source>Cannot read the database {shown}: {reason}</source>
        <extracomment>The schema revision this program&apos;s migrations end at. The database shown (a file path, or a URL without its password); None when none was named. The revision the database is at; None when it does not exist yet or has no schema. Where assets, migrations and translations are read from (the bundle&apos;s folder when installed). True in the installed program (PyInstaller bundle), False when run from the source tree. &quot;open mode&quot; or &quot;PINs on (...)&quot;; None when the database has no schema yet. A server database&apos;s replica on this desk (what the desk works from when the server is gone).</extracomment>
        <translation>پایگاه دادهٔ {shown} خوانده نمی‌شود: {reason}</translation>
    </message>
</context>
<context>
    <name>Delegates</name>
    <message>
        <location filename="../../accreditation/people/fields.py" line="58"/>
        <source>given name</source>
        <extracomment>The person&apos;s own fields the editor and the importer may set; everything else is bookkeeping. The longest text each field stores (the columns&apos; lengths). PostgreSQL refuses longer text with an error and SQLite would keep it, so both get the same clear refusal here, before anything is written.</extracomment>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="59"/>
        <source>family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="60"/>
        <source>Persian name</source>
        <translation>نام فارسی</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="61"/>
        <source>name in the native script</source>
        <translation>نام به خط بومی</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="62"/>
        <source>title in English</source>
        <translation>عنوان به انگلیسی</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="63"/>
        <source>title in Persian</source>
        <translation>عنوان به فارسی</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="64"/>
        <source>title in Russian</source>
        <translation>عنوان به روسی</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="65"/>
        <source>gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="66"/>
        <source>nationality</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="67"/>
        <source>passport number</source>
        <translation>شمارهٔ گذرنامه</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="68"/>
        <source>phone number</source>
        <translation>شمارهٔ تلفن</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="69"/>
        <source>email address</source>
        <translation>نشانی رایانامه</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="70"/>
        <source>dietary needs</source>
        <translation>نیازهای غذایی</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="71"/>
        <source>language needs</source>
        <translation>نیازهای زبانی</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="72"/>
        <source>status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/delegates.py" line="54"/>
        <source>The person&apos;s data is not valid.</source>
        <translation>اطلاعات این شخص معتبر نیست.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/delegates.py" line="66"/>
        <source>Someone else changed this person while you were editing (your copy is version {yours}, the saved one is version {saved}). Reopen the record to see their changes, then make yours again.</source>
        <translation>هنگامی که شما مشغول ویرایش بودید، کاربر دیگری اطلاعات این شخص را تغییر داد (نسخهٔ شما {yours} و نسخهٔ ذخیره‌شده {saved} است). پرونده را دوباره باز کنید تا تغییرات او را ببینید، سپس تغییرات خود را دوباره اعمال کنید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="136"/>
        <source>The {field} is {length} characters long; at most {limit} fit on the record and the badge.</source>
        <extracomment>Letters of the Latin script, ASCII or not (Azerbaijani ə ş ğ, Turkmen ň ý ž). The field is empty and must not be: a form may hold this back until the field has been visited.</extracomment>
        <translation>«{field}» {length} نویسه است؛ حداکثر {limit} نویسه در پرونده و کارت جا می‌شود.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="149"/>
        <source>The Latin name is missing: type it in Latin letters exactly as the passport prints it.</source>
        <translation>نام لاتین وارد نشده است: آن را با حروف لاتین، درست همان‌گونه که در گذرنامه چاپ شده، بنویسید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="160"/>
        <source>The given name in Latin letters is missing.</source>
        <translation>نام به حروف لاتین وارد نشده است.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="168"/>
        <source>The family name is missing; the passport form needs one.</source>
        <translation>نام خانوادگی وارد نشده است؛ شکل گذرنامه‌ای نام به آن نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="178"/>
        <source>«{value}» is not written in Latin letters as in the passport.</source>
        <translation>«{value}» مانند گذرنامه به حروف لاتین نوشته نشده است.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="187"/>
        <source>«{value}» is not an email address.</source>
        <translation>«{value}» نشانی رایانامه نیست.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="196"/>
        <source>«{value}» is not a phone number (7 to 15 digits).</source>
        <translation>«{value}» شمارهٔ تلفن نیست (۷ تا ۱۵ رقم).</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="207"/>
        <source>«{value}» is not a passport number (5 to 20 letters and digits).</source>
        <translation>«{value}» شمارهٔ گذرنامه نیست (۵ تا ۲۰ حرف و رقم).</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="219"/>
        <source>The departure is before the arrival.</source>
        <translation>تاریخ عزیمت پیش از تاریخ ورود است.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="229"/>
        <source>«{value}» is not a gender this system knows (M, F or X).</source>
        <translation>«{value}» جنسیتی نیست که این سامانه بشناسد (M، F یا X).</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="236"/>
        <source>The category is missing.</source>
        <translation>رده تعیین نشده است.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/delegates.py" line="134"/>
        <source>There is no region with id {id}.</source>
        <translation>استانی با شناسهٔ {id} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/delegates.py" line="250"/>
        <source>There is no person with id {id}.</source>
        <extracomment>What a new person&apos;s fields are when the data leaves them out: one key set for every row, so a bulk insert is one batched statement. The fields a new person&apos;s audit entry lists (the insert row also holds ids, timestamps and sort keys).</extracomment>
        <translation>شخصی با شناسهٔ {id} وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../accreditation/passports/checks.py" line="69"/>
        <source>The document expired on {expiry}.</source>
        <translation>اعتبار سند در {expiry} به پایان رسیده است.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/checks.py" line="76"/>
        <source>The document expires on {expiry}, before the event ends ({end}).</source>
        <translation>اعتبار سند در {expiry}، پیش از پایان رویداد ({end})، به پایان می‌رسد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/checks.py" line="86"/>
        <source>The document expires on {expiry}, less than six months after the event (needed until {limit} by many border controls).</source>
        <translation>اعتبار سند در {expiry}، کمتر از شش ماه پس از رویداد، به پایان می‌رسد (بسیاری از مرزها تا {limit} اعتبار می‌خواهند).</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/checks.py" line="105"/>
        <source>The nationality {nationality} is not the delegation&apos;s country ({country}).</source>
        <translation>تابعیت {nationality} با کشور هیئت ({country}) یکی نیست.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../accreditation/intake/export.py" line="109"/>
        <source>There is no region «{region_code}»; use one of: {value}.</source>
        <extracomment>Characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula. Exported columns: the importer&apos;s canonical headers (no photo), then the record&apos;s own state.</extracomment>
        <translation>استانی با کد «{region_code}» وجود ندارد؛ یکی از این‌ها را به کار ببرید: {value}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/export.py" line="202"/>
        <source>Cannot export to «{name}»: the file name must end in .csv, .xlsx or .pdf.</source>
        <translation>برون‌بری به «{name}» ممکن نیست: نام پرونده باید به .csv، .xlsx یا .pdf ختم شود.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/export.py" line="208"/>
        <source>Cannot export: the folder {parent} does not exist.</source>
        <translation>برون‌بری ممکن نیست: پوشهٔ {parent} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/export.py" line="232"/>
        <source>Cannot write {path}: it is open in another program or the folder is read-only.</source>
        <translation>{path} نوشته نمی‌شود: در برنامهٔ دیگری باز است یا پوشه فقط‌خواندنی است.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/delegation_pdf.py" line="204"/>
        <source>There is no region «{region_code}».</source>
        <extracomment>Page number within the current region&apos;s list, for the footer.</extracomment>
        <translation>استانی با کد «{region_code}» وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/delegation_pdf.py" line="217"/>
        <source>No installed font can print {value}; install one (e.g. Noto) and try again.</source>
        <translation>هیچ قلم نصب‌شده‌ای نمی‌تواند {value} را چاپ کند؛ قلمی (مثلاً Noto) نصب کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/delegation_pdf.py" line="227"/>
        <source>No region has anyone registered yet; there is no delegation list to print.</source>
        <translation>هنوز در هیچ استانی کسی ثبت نشده است؛ فهرست هیئتی برای چاپ وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../accreditation/intake/headers.py" line="318"/>
        <source>Column «{header}» repeats a column already read as {field}; it is ignored.</source>
        <extracomment>The importer&apos;s own columns, in the order an export writes them. Columns the importer understands beyond the canonical ones: name parts in other scripts, a patronymic (kept in the native name, never taken for a family name), and columns read but not stored. Fields that are checked but deliberately not stored (the model keeps no birth date or national id). True when this came from a mapping the desk saved for a file of the same shape.</extracomment>
        <translation>ستون «{header}» تکرار ستونی است که پیش‌تر به‌عنوان {field} خوانده شده است؛ نادیده گرفته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/outcome.py" line="87"/>
        <source>row {row}</source>
        <extracomment>The region for rows that name none (``--region``); a region column in the file wins. The category for rows that name none: a region&apos;s list is its official delegation. When the file has no region column and no region was chosen, try the file name (astrakhan.csv). Load photos named in a ``photo`` column or found in a folder beside the file. Delegate fields as :mod:`accreditation.people.delegates` takes them (plus ``region_id``). Fields given a value by a default (the file&apos;s category or the region&apos;s nationality), not the file. The person already in the database this row updates.</extracomment>
        <translation>ردیف {row}</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/row_reader.py" line="181"/>
        <source>The Latin name {latin} was derived from «{native}» by the ICAO passport table; check it against the passport.</source>
        <extracomment>The service&apos;s field names as the file&apos;s canonical column names, for problem reports. The longest organization name the database keeps (PostgreSQL refuses a longer one).</extracomment>
        <translation>نام لاتین {latin} با جدول گذرنامه‌ای ایکائو از «{native}» ساخته شد؛ آن را با گذرنامه مطابقت دهید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/row_reader.py" line="242"/>
        <source>No category given, and the default «{code}» does not exist.</source>
        <translation>رده‌ای داده نشده و ردهٔ پیش‌فرض «{code}» وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/row_reader.py" line="257"/>
        <source>«{value}» is not a country code (RU, AZ, IR...) or country name.</source>
        <translation>«{value}» کد کشور (RU، AZ، IR و ...) یا نام کشور نیست.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/row_reader.py" line="268"/>
        <source>The organization&apos;s name is {length} characters long; at most {limit} fit.</source>
        <translation>نام سازمان {length} نویسه است؛ حداکثر {limit} نویسه جا می‌شود.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/photos.py" line="84"/>
        <source>{problem} The person is imported without it.</source>
        <translation>{problem} این شخص بدون عکس وارد می‌شود.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="64"/>
        <source>The column mapping does not fit this file&apos;s columns; map the columns again.</source>
        <extracomment>Columns that can carry a person&apos;s name; a file with none of them is not a list of people.</extracomment>
        <translation>تطبیق ستون‌ها با ستون‌های این پرونده جور نیست؛ ستون‌ها را دوباره تطبیق دهید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="68"/>
        <source>No column of this file holds names. Map the columns (given_name, family_name ...) and try again.</source>
        <translation>هیچ ستونی از این پرونده نام ندارد. ستون‌ها را (given_name، family_name و ...) تطبیق دهید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="95"/>
        <source>Read {count} rows ({how}).</source>
        <translation>{count} ردیف خوانده شد ({how}).</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="104"/>
        <source>There is no region «{code}»; use one of: {codes}.</source>
        <translation>استانی با کد «{code}» وجود ندارد؛ یکی از این‌ها را به کار ببرید: {codes}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="112"/>
        <source>The file has no region column; its name says «{code}», so its people join that region&apos;s delegation. Choose another region if that is wrong.</source>
        <translation>پرونده ستون استان ندارد؛ نام آن «{code}» را نشان می‌دهد، پس افراد آن به هیئت همین استان افزوده می‌شوند. اگر درست نیست، استان دیگری برگزینید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="121"/>
        <source>The file has no category column; its people are registered as «{code}».</source>
        <translation>پرونده ستون رده ندارد؛ افراد آن با ردهٔ «{code}» ثبت می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="130"/>
        <source>{column} is not stored: the accreditation keeps no birth dates or national ID numbers (an impossible birth date is still reported).</source>
        <translation>{column} ذخیره نمی‌شود: سامانهٔ اعتبارنامه تاریخ تولد و شمارهٔ ملی نگه نمی‌دارد (تاریخ تولد ناممکن همچنان گزارش می‌شود).</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="136"/>
        <source>{column} and {other} are not stored: the accreditation keeps no birth dates or national ID numbers (an impossible birth date is still reported).</source>
        <translation>{column} و {other} ذخیره نمی‌شوند: سامانهٔ اعتبارنامه تاریخ تولد و شمارهٔ ملی نگه نمی‌دارد (تاریخ تولد ناممکن همچنان گزارش می‌شود).</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="145"/>
        <source>Columns not imported (map them if they matter): {columns}.</source>
        <translation>ستون‌هایی که وارد نشدند (اگر مهم‌اند، تطبیقشان دهید): {columns}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="185"/>
        <source>Repeats row {row} (the same passport number); only the first is imported.</source>
        <extracomment>(region, name key) -&gt; (first row, its passport number): a name repeats only if one side has none.</extracomment>
        <translation>تکرار ردیف {row} است (همان شمارهٔ گذرنامه)؛ فقط اولی وارد می‌شود.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="190"/>
        <source>Repeats row {row} (the same name in the same region); only the first is imported.</source>
        <translation>تکرار ردیف {row} است (همان نام در همان استان)؛ فقط اولی وارد می‌شود.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="207"/>
        <source>Already registered as person #{id} (cancelled) with the same passport number: this row updates that person.</source>
        <translation>با همین شمارهٔ گذرنامه پیش‌تر به‌عنوان شخص #{id} (لغوشده) ثبت شده است: این ردیف اطلاعات همان شخص را به‌روز می‌کند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="213"/>
        <source>Already registered as person #{id} with the same passport number: this row updates that person.</source>
        <translation>با همین شمارهٔ گذرنامه پیش‌تر به‌عنوان شخص #{id} ثبت شده است: این ردیف اطلاعات همان شخص را به‌روز می‌کند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="219"/>
        <source>Already registered as person #{id} (cancelled) with the same name in the same region: this row updates that person.</source>
        <translation>با همین نام در همین استان پیش‌تر به‌عنوان شخص #{id} (لغوشده) ثبت شده است: این ردیف اطلاعات همان شخص را به‌روز می‌کند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="225"/>
        <source>Already registered as person #{id} with the same name in the same region: this row updates that person.</source>
        <translation>با همین نام در همین استان پیش‌تر به‌عنوان شخص #{id} ثبت شده است: این ردیف اطلاعات همان شخص را به‌روز می‌کند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="63"/>
        <source>encoding {encoding}</source>
        <extracomment>Encodings tried when there is no byte-order mark, after strict UTF-8 fails. The largest list accepted. A summit&apos;s whole list (10,000 people) is about 4 MB as CSV; a file 2.5 times that is a wrong file or an attack, and reading one whole (as the preview needs) would cost the desk PC several hundred MB. Refused before anything is read. The same for an XLSX once unpacked (its XML is ~10 times its CSV): a small zip can hide gigabytes. Rows above the header that a region may have added (a title, the date): how far to look for it.</extracomment>
        <translation>رمزگذاری {encoding}</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="66"/>
        <source>separator tab</source>
        <translation>جداکنندهٔ تب</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="67"/>
        <source>separator comma</source>
        <translation>جداکنندهٔ ویرگول</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="68"/>
        <source>separator semicolon</source>
        <translation>جداکنندهٔ نقطه‌ویرگول</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="72"/>
        <source>sheet «{sheet}»</source>
        <translation>برگهٔ «{sheet}»</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="73"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="191"/>
        <location filename="../../accreditation/intake/reading.py" line="536"/>
        <source>The file</source>
        <extracomment>Cyrillic letters of Serbian, Macedonian and Belarusian: Windows-1251 has them where Windows-1256 has common Persian letters, so in a Russian or Kazakh list they are a sign of the wrong code page.
----------
&quot;AB&quot; -&gt; 27: a cell reference&apos;s letters repeat on every row, so each is worked out once.</extracomment>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="193"/>
        <source>{file} cannot be read as a list: line {line} has a cell of more than {limit} characters. Check that this is the right file.</source>
        <translation>{file} را نمی‌توان به‌صورت فهرست خواند: سطر {line} خانه‌ای با بیش از {limit} نویسه دارد. مطمئن شوید پروندهٔ درستی است.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="237"/>
        <source>{file} unpacks to {size} MB; workbooks over {limit} MB unpacked are not accepted. Check that this is the right file, or split it by region.</source>
        <translation>{file} پس از باز شدن {size} مگابایت می‌شود؛ کاربرگ‌های بیش از {limit} مگابایت پذیرفته نمی‌شوند. مطمئن شوید پروندهٔ درستی است یا آن را به تفکیک استان تقسیم کنید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="267"/>
        <source>{file} cannot be read as an Excel workbook: {reason}</source>
        <translation>{file} را نمی‌توان به‌صورت کاربرگ اکسل خواند: {reason}</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="278"/>
        <source>{file} has no data in any sheet.</source>
        <translation>{file} در هیچ برگه‌ای داده ندارد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="537"/>
        <source>{file} is empty.</source>
        <translation>{file} خالی است.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="564"/>
        <source>{file} is {size} MB; delegation lists over {limit} MB are not accepted (10,000 people take about 4 MB). Check that this is the right file, or split it by region.</source>
        <translation>{file} {size} مگابایت است؛ فهرست‌های هیئت بیش از {limit} مگابایت پذیرفته نمی‌شوند (۱۰٬۰۰۰ نفر حدود ۴ مگابایت است). مطمئن شوید پروندهٔ درستی است یا آن را به تفکیک استان تقسیم کنید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="576"/>
        <source>There is no file {path}.</source>
        <translation>پرونده‌ای با مسیر {path} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="579"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} خوانده نمی‌شود: {reason}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="585"/>
        <source>{file} is an old Excel (.xls) file; save it as .xlsx or CSV and import that.</source>
        <translation>{file} پروندهٔ قدیمی اکسل (.xls) است؛ آن را با قالب .xlsx یا CSV ذخیره و همان را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/values.py" line="138"/>
        <source>«{value}» is not a date; write it as 2025-11-18, 18.11.2025 or ۱۴۰۴/۰۸/۲۷.</source>
        <extracomment>A leading apostrophe our own export (and Excel users) put before = + - @ to stop formulas. Years this far back are Solar Hijri: 1300-1499 SH is 1921-2121 AD, and no one alive was born in 1400 AD.</extracomment>
        <translation>«{value}» تاریخ نیست؛ آن را به شکل ۱۴۰۴/۰۸/۲۷، 2025-11-18 یا 18.11.2025 بنویسید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/values.py" line="146"/>
        <source>«{value}» is not a real date: the Solar Hijri calendar has no month {month}.</source>
        <translation>«{value}» تاریخ واقعی نیست: گاه‌شمار هجری خورشیدی ماه {month} ندارد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/values.py" line="154"/>
        <source>«{value}» is not a real date: month {month} of {year} has no day {day}.</source>
        <translation>«{value}» تاریخ واقعی نیست: ماه {month} سال {year} روز {day} ندارد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/values.py" line="161"/>
        <source>«{value}» looks like a Solar Hijri date; write it year first: {date}.</source>
        <translation>«{value}» به تاریخ هجری خورشیدی می‌ماند؛ آن را با سال در ابتدا بنویسید: {date}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/values.py" line="167"/>
        <source>«{value}» is not a real date: there is no month {month}.</source>
        <translation>«{value}» تاریخ واقعی نیست: ماه {month} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/values.py" line="176"/>
        <source>«{value}» has an impossible time of day.</source>
        <translation>«{value}» ساعتی ناممکن دارد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/values.py" line="179"/>
        <source>«{value}» is not a real date: month {month} has no day {day}.</source>
        <translation>«{value}» تاریخ واقعی نیست: ماه {month} روز {day} ندارد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/values.py" line="249"/>
        <source>«{value}» is not a gender this list understands; use M or F.</source>
        <translation>«{value}» جنسیتی نیست که این فهرست بشناسد؛ M یا F بنویسید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/values.py" line="343"/>
        <source>«{value}» is not a known region; use one of: {codes}.</source>
        <extracomment>Words the regions write in a category column that are not a category&apos;s own name.</extracomment>
        <translation>«{value}» استان شناخته‌شده‌ای نیست؛ یکی از این‌ها را به کار ببرید: {codes}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/values.py" line="345"/>
        <source>«{value}» is not a known category; use one of: {codes}.</source>
        <translation>«{value}» ردهٔ شناخته‌شده‌ای نیست؛ یکی از این‌ها را به کار ببرید: {codes}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/writer.py" line="97"/>
        <source>{file}: {bad} of {rows} rows have problems, so nothing was imported. Fix them in the file, or skip those rows (--skip-invalid).</source>
        <extracomment>The kind of organization a guest&apos;s category suggests, for organizations first met in an import.</extracomment>
        <translation>{file}: {bad} ردیف از {rows} ردیف ایراد دارد، پس هیچ چیز وارد نشد. ایرادها را در پرونده برطرف کنید یا از آن ردیف‌ها بگذرید (--skip-invalid).</translation>
    </message>
</context>
<context>
    <name>Passport</name>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="96"/>
        <source>document number</source>
        <extracomment>ISO 3166-1 alpha-2 and alpha-3 pairs, as ICAO 9303 prints nationality and issuing state. Codes ICAO 9303 (Part 3) adds to ISO 3166: Germany&apos;s one letter, the British nationality classes, the United Nations, refugees and stateless persons, organizations, and Utopia of the specimens. The field names an error can carry: a failing check digit names one of the first five.</extracomment>
        <translation>شمارهٔ سند</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="97"/>
        <source>date of birth</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="98"/>
        <source>expiry date</source>
        <translation>تاریخ انقضا</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="99"/>
        <source>personal number</source>
        <translation>شمارهٔ شخصی</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="100"/>
        <source>issuing state</source>
        <translation>کشور صادرکننده</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="101"/>
        <source>nationality</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="195"/>
        <source>The {field} check digit «{digit}» is not a digit.</source>
        <translation>رقم کنترل {field}، «{digit}»، رقم نیست.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="202"/>
        <source>The composite check digit does not match the line: the zone was misread or altered.</source>
        <translation>رقم کنترل کلی با سطر جور نیست: ناحیه نادرست خوانده شده یا دست‌کاری شده است.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="207"/>
        <source>The {field} does not match its check digit: the zone was misread or altered.</source>
        <translation>{field} با رقم کنترل خود جور نیست: ناحیه نادرست خوانده شده یا دست‌کاری شده است.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="235"/>
        <location filename="../../accreditation/passports/mrz.py" line="251"/>
        <source>The {field} «{text}» is not a date (YYMMDD).</source>
        <translation>{field} «{text}» تاریخ نیست (YYMMDD).</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="264"/>
        <source>The name field is empty.</source>
        <translation>بخش نام خالی است.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="267"/>
        <source>The name field holds characters other than letters and fillers.</source>
        <translation>بخش نام نویسه‌هایی جز حرف و پرکننده دارد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="274"/>
        <source>The name field has no family name (it starts with fillers).</source>
        <translation>بخش نام، نام خانوادگی ندارد (با پرکننده آغاز می‌شود).</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="284"/>
        <source>The {field} «{text}» is not a state or organization code.</source>
        <translation>{field} «{text}» کد کشور یا سازمان نیست.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="297"/>
        <source>The sex «{value}» is not M, F or &lt; (unspecified).</source>
        <translation>جنسیت «{value}» هیچ‌یک از M، F یا &lt; (نامشخص) نیست.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="305"/>
        <source>The document code «{text}» does not fit this kind of document.</source>
        <translation>کد سند «{text}» با این نوع سند جور نیست.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="317"/>
        <source>The document number «{text}» is not well formed.</source>
        <translation>شمارهٔ سند «{text}» شکل درستی ندارد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="362"/>
        <source>The long document number is not well formed.</source>
        <translation>شمارهٔ بلند سند شکل درستی ندارد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="448"/>
        <source>Line {number} holds «{bad}», which a machine-readable zone never prints.</source>
        <extracomment>Line count and length of each format.</extracomment>
        <translation>سطر {number} «{bad}» دارد که ناحیهٔ ماشین‌خوان هرگز چاپ نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="454"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="457"/>
        <source>Not a machine-readable zone: a passport has two lines of 44 characters, an ID card three of 30 (these lines have {lengths}).</source>
        <translation>این ناحیهٔ ماشین‌خوان نیست: گذرنامه دو سطر ۴۴ نویسه‌ای دارد و کارت شناسایی سه سطر ۳۰ نویسه‌ای (این سطرها {lengths} نویسه دارند).</translation>
    </message>
</context>
<context>
    <name>Persian names</name>
    <message>
        <location filename="../../accreditation/people/persian_names.py" line="73"/>
        <source>There is no region with the code {code}.</source>
        <extracomment>The audit action of an accepted Persian name: the trail shows it was reviewed by a person.</extracomment>
        <translation>منطقه‌ای با کد {code} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/persian_names.py" line="120"/>
        <source>The Persian name is empty: type it, or skip this person.</source>
        <translation>نام فارسی خالی است: آن را بنویسید یا از این نفر بگذرید.</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <location filename="../../accreditation/people/photos.py" line="74"/>
        <source>The crop box is empty; draw it around the face.</source>
        <extracomment>The stored size: enough for a 30x40 mm badge photo at 500 dpi, small enough for thousands of rows. Files larger than this are refused before they are read into memory. Above this the image is refused unread (a decompression bomb or a poster scan, not a portrait). Below this the photo is kept but the desk is warned that it will print blurred. (left, top, right, bottom) as fractions 0..1 of the upright image, so the UI can work on a preview. The upright source size in pixels, for the UI&apos;s crop box. Sentences worth showing (e.g. &quot;The photo is small...&quot;); empty when all is well.</extracomment>
        <translation>کادر برش خالی است؛ آن را دور چهره بکشید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="100"/>
        <source>{name} cannot be opened: the file is missing or unreadable.</source>
        <translation>{name} باز نمی‌شود: پرونده وجود ندارد یا خواندنی نیست.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="106"/>
        <source>{name} is {size} MB; photos over 50 MB are not accepted.</source>
        <translation>{name} {size} مگابایت است؛ عکس‌های بیش از ۵۰ مگابایت پذیرفته نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="112"/>
        <source>{name} is an empty file.</source>
        <translation>{name} پرونده‌ای خالی است.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="115"/>
        <source>{name} is over 50 MB; photos that large are not accepted.</source>
        <translation>{name} بیش از ۵۰ مگابایت است؛ عکس‌هایی با این حجم پذیرفته نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="123"/>
        <source>{name} is far too large in pixels to be a portrait; please send a smaller one.</source>
        <translation>ابعاد {name} برای عکس پرسنلی بسیار بزرگ است؛ لطفاً عکس کوچک‌تری بفرستید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="129"/>
        <source>{name} is not a picture this program can read (JPEG, PNG, WebP, BMP or TIFF).</source>
        <translation>{name} تصویری نیست که این برنامه بتواند بخواند (JPEG، PNG، WebP، BMP یا TIFF).</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="135"/>
        <source>{name} cannot be read: {exc}.</source>
        <translation>{name} خوانده نمی‌شود: {exc}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="140"/>
        <source>{name} is {width}×{height} pixels ({megapixels} megapixels); photos over 100 megapixels are not accepted. Please send a smaller one.</source>
        <translation>{name} {width}×{height} پیکسل ({megapixels} مگاپیکسل) است؛ عکس‌های بیش از ۱۰۰ مگاپیکسل پذیرفته نمی‌شوند. لطفاً عکس کوچک‌تری بفرستید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="189"/>
        <source>The photo cannot be read: {reason}.</source>
        <translation>عکس خوانده نمی‌شود: {reason}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="190"/>
        <source>the file is damaged</source>
        <translation>پرونده آسیب دیده است</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="186"/>
        <source>The photo file is incomplete (cut short); ask for the file again.</source>
        <translation>پروندهٔ عکس ناقص است (نیمه‌کاره مانده)؛ پرونده را دوباره بخواهید.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="201"/>
        <source>The photo is small ({width}×{height} pixels after cropping); it may print blurred.</source>
        <translation>عکس کوچک است ({width}×{height} پیکسل پس از برش)؛ ممکن است تار چاپ شود.</translation>
    </message>
</context>
<context>
    <name>Seating</name>
    <message>
        <location filename="../../accreditation/seating/drawing.py" line="109"/>
        <source>Cannot print {who}: no installed font covers {value}; install one (e.g. the Noto fonts) or list it in ACCREDITATION_FONTS</source>
        <extracomment>The colour of a name marked for review on a Persian sheet (no Persian name yet).</extracomment>
        <translation>{who} چاپ نمی‌شود: هیچ قلم نصب‌شده‌ای {value} را پوشش نمی‌دهد؛ قلمی نصب کنید (مثلاً قلم‌های Noto) یا آن را در ACCREDITATION_FONTS بیاورید</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/drawing.py" line="124"/>
        <source>Cannot write {out}: folder {parent} does not exist</source>
        <translation>{out} نوشته نمی‌شود: پوشهٔ {parent} وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/tent_cards.py" line="266"/>
        <source>No cards to print</source>
        <extracomment>The tent card inside an A4 landscape sheet: 5 mm kept for the printer&apos;s margin and the marks. For messages: whose card this is. The person has no Persian name yet: the Persian line shows the Latin name marked for review.</extracomment>
        <translation>کارتی برای چاپ نیست</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/chart.py" line="199"/>
        <source>Unknown page size {page} (use {value})</source>
        <translation>اندازهٔ صفحهٔ {page} ناشناخته است ({value} را به کار ببرید)</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/slips.py" line="121"/>
        <source>Nobody is seated yet: arrange the plan first</source>
        <translation>هنوز کسی جانمایی نشده است: نخست نقشهٔ جانمایی را بچینید</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/rooms.py" line="454"/>
        <source>Unknown room shape &apos;{shape}&apos; (known: {value})</source>
        <extracomment>Seat roles the arrangement understands.</extracomment>
        <translation>شکل تالار &apos;{shape}&apos; ناشناخته است (شکل‌های موجود: {value})</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/rooms.py" line="470"/>
        <source>Room {code}: {exc}</source>
        <translation>تالار {code}: {exc}</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/rooms.py" line="478"/>
        <source>A room needs &apos;{key}&apos;: {dumps}</source>
        <translation>تالار به &apos;{key}&apos; نیاز دارد: {dumps}</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/rooms.py" line="487"/>
        <source>Room {data} lists a seat label twice</source>
        <translation>در تالار {data} برچسب یک صندلی دو بار آمده است</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/rooms.py" line="515"/>
        <source>Cannot read room file {path}: {exc}</source>
        <translation>پروندهٔ تالار {path} خوانده نمی‌شود: {exc}</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/rooms.py" line="518"/>
        <source>Room file {path} must hold one JSON object</source>
        <translation>پروندهٔ تالار {path} باید یک شیء JSON داشته باشد</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/plans.py" line="31"/>
        <source>No session with code &apos;{code}&apos; (known: {codes})</source>
        <translation>نشستی با کد &apos;{code}&apos; وجود ندارد (کدهای موجود: {codes})</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/plans.py" line="43"/>
        <source>No room with code &apos;{code}&apos; (known: {codes})</source>
        <translation>تالاری با کد &apos;{code}&apos; وجود ندارد (کدهای موجود: {codes})</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/plans.py" line="60"/>
        <source>Session &apos;{code}&apos; has no room: give one with --room</source>
        <translation>نشست &apos;{code}&apos; تالار ندارد: با --room یکی تعیین کنید</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/plans.py" line="93"/>
        <source>Unknown precedence &apos;{precedence}&apos; (known: {value})</source>
        <translation>ترتیب تقدم &apos;{precedence}&apos; ناشناخته است (موارد موجود: {value})</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/plans.py" line="101"/>
        <source>Alphabetical order in &apos;{language}&apos; is not supported (use fa, en or ru)</source>
        <translation>ترتیب الفبایی به زبان &apos;{language}&apos; پشتیبانی نمی‌شود (fa، en یا ru را به کار ببرید)</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/plans.py" line="120"/>
        <source>Room {code} has no seat &apos;{label}&apos;</source>
        <translation>تالار {code} صندلی &apos;{label}&apos; ندارد</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/plans.py" line="143"/>
        <source>Seat {label} is locked: unlock it first</source>
        <translation>صندلی {label} قفل است: نخست قفل آن را باز کنید</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/plans.py" line="145"/>
        <source>This person&apos;s seat is locked: unlock it first</source>
        <translation>صندلی این شخص قفل است: نخست قفل آن را باز کنید</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/plans.py" line="219"/>
        <source>Say who the seat is reserved for</source>
        <translation>بگویید صندلی برای چه کسی رزرو شده است</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../accreditation/cli/main.py" line="91"/>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words: it asks gettext for them each time it prints, so they are marked here for lupdate and handed to it translated (see :func:`_argparse_speaks_our_language`).</extracomment>
        <translation>کاربرد: </translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="92"/>
        <source>positional arguments</source>
        <translation>آرگومان‌های جایگاهی</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="93"/>
        <source>options</source>
        <translation>گزینه‌ها</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="94"/>
        <source>show this help message and exit</source>
        <translation>نمایش این راهنما و خروج</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="95"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: خطا: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="96"/>
        <source>the following arguments are required: %s</source>
        <translation>این آرگومان‌ها لازم‌اند: %s</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="97"/>
        <source>unrecognized arguments: %s</source>
        <translation>آرگومان‌های ناشناخته: %s</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="98"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>گزینهٔ نامعتبر: %(value)r (از میان %(choices)s برگزینید)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="99"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>آرگومان %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="100"/>
        <source>expected one argument</source>
        <translation>یک آرگومان لازم است</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="101"/>
        <source>expected at least one argument</source>
        <translation>دست‌کم یک آرگومان لازم است</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="102"/>
        <source>expected at most one argument</source>
        <translation>حداکثر یک آرگومان مجاز است</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="103"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>مقدار نامعتبر از نوع %(type)s: %(value)r</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="104"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>گزینهٔ مبهم: %(option)s می‌تواند با %(matches)s جور باشد</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="105"/>
        <source>one of the arguments %s is required</source>
        <translation>یکی از آرگومان‌های %s لازم است</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="106"/>
        <source>not allowed with argument %s</source>
        <translation>همراه با آرگومان %s مجاز نیست</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="107"/>
        <source>ignored explicit argument %r</source>
        <translation>آرگومان صریح %r نادیده گرفته شد</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="108"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; باز نمی‌شود: %(error)s</translation>
    </message>
</context>
</TS>
