<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <location filename="../../accreditation/access/policy.py" line="107"/>
        <source>desk</source>
        <extracomment>After this many wrong PINs for a role within :data:`LOCKOUT_WINDOW`, the role is locked until the oldest of them is that old. The policy: action -&gt; the roles that may do it. Admin may do everything.</extracomment>
        <translation>стойка</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="108"/>
        <source>protocol</source>
        <translation>протокол</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="109"/>
        <source>admin</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="116"/>
        <source>check people in</source>
        <translation>регистрировать проход</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="117"/>
        <source>undo a check-in</source>
        <translation>отменять регистрацию прохода</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="118"/>
        <source>issue and print badges</source>
        <translation>выпускать и печатать бейджи</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="119"/>
        <source>hand badges over</source>
        <translation>выдавать бейджи</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="120"/>
        <source>reissue a badge</source>
        <translation>перевыпускать бейдж</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="121"/>
        <source>change seating and rooms</source>
        <translation>менять рассадку и залы</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="122"/>
        <source>import people</source>
        <translation>импортировать списки</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="123"/>
        <source>add, edit or cancel people</source>
        <translation>добавлять, изменять или отменять участников</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="124"/>
        <source>change photos</source>
        <translation>менять фотографии</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="125"/>
        <source>approve people</source>
        <translation>утверждать участников</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="126"/>
        <source>change the event&apos;s settings</source>
        <translation>менять настройки мероприятия</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="127"/>
        <source>back up the database</source>
        <translation>делать резервную копию базы данных</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="128"/>
        <source>restore a backup</source>
        <translation>восстанавливать резервную копию</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="129"/>
        <source>change roles and PINs</source>
        <translation>менять роли и PIN-коды</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="130"/>
        <source>look people up</source>
        <translation>искать участников</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="225"/>
        <source>A PIN has {low} to {high} characters, without spaces at either end.</source>
        <translation>PIN-код содержит от {low} до {high} символов, без пробелов в начале и в конце.</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="248"/>
        <source>PINs are on: every change needs a role signed in with its PIN.</source>
        <translation>PIN-коды включены: для любого изменения нужен вход с ролью и её PIN-кодом.</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="250"/>
        <source>Open mode: no admin PIN is set, every action is allowed; set the admin PIN first.</source>
        <translation>Открытый режим: PIN-код администратора не задан, разрешено всё; сначала задайте PIN-код администратора.</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="257"/>
        <source>{role}: PIN set</source>
        <translation>{role}: PIN-код задан</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="259"/>
        <source>{role}: no PIN</source>
        <translation>{role}: без PIN-кода</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="288"/>
        <source>Sign in with a role and its PIN to {action} ({needed} role needed).</source>
        <translation>Чтобы {action}, войдите с ролью и её PIN-кодом (нужна роль {needed}).</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="292"/>
        <source>{name}, signed in as {role}, may not {action}: the {needed} role is needed.</source>
        <translation>{name} (роль {role}) не может {action}: нужна роль {needed}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="388"/>
        <source>Type your name to sign in.</source>
        <translation>Чтобы войти, введите своё имя.</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="394"/>
        <source>Choose your role and type its PIN to sign in.</source>
        <translation>Чтобы войти, выберите роль и введите её PIN-код.</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="398"/>
        <source>The {role} role has no PIN yet; ask an admin to set one.</source>
        <translation>У роли {role} ещё нет PIN-кода; попросите администратора задать его.</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="416"/>
        <source>Too many wrong PINs for the {role} role: it is locked for {minutes} more minute(s).</source>
        <translation>Слишком много неверных PIN-кодов для роли {role}: она заблокирована ещё на {minutes} мин.</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="432"/>
        <source>Wrong PIN for the {role} role.</source>
        <translation>Неверный PIN-код роли {role}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="456"/>
        <source>There is no role &apos;{role}&apos; (roles: desk, protocol, admin).</source>
        <translation>Роли «{role}» нет (роли: desk, protocol, admin).</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="472"/>
        <source>Set the admin PIN first: it is the one that can set the others.</source>
        <translation>Сначала задайте PIN-код администратора: только он может задавать остальные.</translation>
    </message>
    <message>
        <location filename="../../accreditation/access/policy.py" line="505"/>
        <source>The admin PIN is removed only with all the others (clear all PINs).</source>
        <translation>PIN-код администратора удаляется только вместе со всеми остальными (удалить все PIN-коды).</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="72"/>
        <source>Give the new PIN in {variable}, or run the command in a terminal.</source>
        <translation>Укажите новый PIN-код в {variable} или запустите команду в терминале.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="76"/>
        <source>New PIN: </source>
        <translation>Новый PIN-код: </translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="77"/>
        <source>The new PIN again: </source>
        <translation>Новый PIN-код ещё раз: </translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="79"/>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>PIN-коды не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="88"/>
        <source>PIN set for the {role} role.</source>
        <translation>PIN-код роли {role} задан.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="96"/>
        <source>PIN removed for the {role} role.</source>
        <translation>PIN-код роли {role} удалён.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="105"/>
        <source>{count} PIN(s) removed: open mode, every action is allowed.</source>
        <translation>Удалено PIN-кодов: {count}; открытый режим, разрешено всё.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/context.py" line="95"/>
        <source>PIN for the {role} role: </source>
        <extracomment>The PIN of ``--role``: from the environment (scripts), never from the command line, where ``ps`` shows it. A desk command refreshes the replica after its work when the replica is older than this (seconds). Who runs the command (``--operator``, ``ACCREDITATION_OPERATOR``, else the command&apos;s own option or the logged-in user) and the role they sign in as (``--role``/``ACCREDITATION_ROLE``), if any. What :meth:`desk_link` pushed when it found the server back (``sync`` reports it as its own).</extracomment>
        <translation>PIN-код роли {role}: </translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/context.py" line="99"/>
        <source>No PIN for the {role} role: set {variable} or run the command in a terminal.</source>
        <translation>Нет PIN-кода роли {role}: задайте {variable} или запустите команду в терминале.</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../../accreditation/people/approval.py" line="54"/>
        <source>an administrator can override</source>
        <extracomment>Audit actions of the approval history, newest last in a person&apos;s trail. The decision reported for such an edit by :func:`latest_decisions`.</extracomment>
        <translation>администратор может сделать исключение</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/approval.py" line="57"/>
        <source> and {count} more</source>
        <translation> и ещё {count}</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/approval.py" line="63"/>
        <source>No badge printed: {people}{more} not approved by protocol yet. Approve first (&apos;approve {ids}&apos;), or {override}, which is recorded in the audit trail.</source>
        <translation>Бейджи не напечатаны: {people}{more} ещё не одобрены протоколом. Сначала одобрите (&apos;approve {ids}&apos;), или {override}; это фиксируется в журнале аудита.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/approval.py" line="87"/>
        <source>Name at least one person.</source>
        <translation>Укажите хотя бы одного участника.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/approval.py" line="92"/>
        <source>There is no person with id {ids}.</source>
        <translation>Участника с номером {ids} нет.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/approval.py" line="122"/>
        <source>Say who is deciding: the operator&apos;s name goes into the audit trail.</source>
        <translation>Укажите, кто принимает решение: имя оператора записывается в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/approval.py" line="178"/>
        <source>Say why the accreditation is refused: the reason is kept with the decision.</source>
        <translation>Укажите, почему в аккредитации отказано: причина сохраняется вместе с решением.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/approval.py" line="216"/>
        <source>Say what information is missing: the desk needs it to follow up.</source>
        <translation>Укажите, каких сведений не хватает: они нужны стойке для дальнейшей работы.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../accreditation/backup.py" line="153"/>
        <source>Cannot write the backup: folder {parent} does not exist</source>
        <translation>Не удаётся записать резервную копию: папки {parent} нет</translation>
    </message>
    <message>
        <location filename="../../accreditation/backup.py" line="159"/>
        <source>{target} already exists; choose another name</source>
        <translation>{target} уже существует; выберите другое имя</translation>
    </message>
    <message>
        <location filename="../../accreditation/backup.py" line="180"/>
        <source>The backup could not be verified ({status}); nothing was kept</source>
        <translation>Резервную копию не удалось проверить ({status}); ничего не сохранено</translation>
    </message>
    <message>
        <location filename="../../accreditation/backup.py" line="199"/>
        <source>Backup file not found: {path}</source>
        <translation>Файл резервной копии не найден: {path}</translation>
    </message>
    <message>
        <location filename="../../accreditation/backup.py" line="206"/>
        <source>{path} is not a backup of this application</source>
        <translation>{path} — не резервная копия этой программы</translation>
    </message>
    <message>
        <location filename="../../accreditation/backup.py" line="218"/>
        <source>{path} is not a readable backup: {exc}</source>
        <translation>{path} — нечитаемая резервная копия: {exc}</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <location filename="../../accreditation/badges/print_run.py" line="109"/>
        <source>No region with code &apos;{region}&apos; (known: {codes})</source>
        <translation>Нет региона с кодом &apos;{region}&apos; (известные: {codes})</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/print_run.py" line="125"/>
        <source>No category with code &apos;{category}&apos; (known: {codes})</source>
        <translation>Нет категории с кодом &apos;{category}&apos; (известные: {codes})</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/print_run.py" line="139"/>
        <source>No person with id {value} in this selection</source>
        <translation>В этой выборке нет участника с номером {value}</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/print_run.py" line="209"/>
        <source>Some of these badges no longer exist; preview and print again</source>
        <translation>Некоторых из этих бейджей больше нет; снова откройте предпросмотр и напечатайте</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/issuing.py" line="99"/>
        <source>{latin_name} (#{id}) is cancelled; no badge can be issued</source>
        <translation>{latin_name} (#{id}) аннулирован; бейдж выдать нельзя</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/issuing.py" line="108"/>
        <source>{latin_name} (#{id}) already has badge {number:05d} version {version}; reissue it instead</source>
        <translation>У {latin_name} (#{id}) уже есть бейдж {number:05d}, версия {version}; вместо этого перевыпустите его</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/issuing.py" line="193"/>
        <source>Reason must be one of {value}, not &apos;{reason}&apos;</source>
        <translation>Причина должна быть одной из: {value}, а не &apos;{reason}&apos;</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/issuing.py" line="200"/>
        <source>No person with id {delegate_id}</source>
        <translation>Нет участника с номером {delegate_id}</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/issuing.py" line="204"/>
        <source>{latin_name} (#{id}) is cancelled; their badge cannot be reissued</source>
        <translation>{latin_name} (#{id}) аннулирован; его бейдж нельзя перевыпустить</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/issuing.py" line="211"/>
        <source>{latin_name} (#{id}) has no badge to reissue; print one with &apos;badges --ids {id}&apos;</source>
        <translation>У {latin_name} (#{id}) нет бейджа для перевыпуска; напечатайте его командой &apos;badges --ids {id}&apos;</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/issuing.py" line="255"/>
        <source>Badge {number:05d} version {version} is revoked; it cannot be printed</source>
        <translation>Бейдж {number:05d}, версия {version}, аннулирован; его нельзя напечатать</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/issuing.py" line="282"/>
        <source>Badge {number:05d} version {version} is revoked; hand out the current one</source>
        <translation>Бейдж {number:05d}, версия {version}, аннулирован; выдайте действующий</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/pdf.py" line="64"/>
        <source>Cannot print the badge of {display_name}: no installed font covers {value}; install a font for it (e.g. the Noto fonts) or list one in ACCREDITATION_FONTS</source>
        <translation>Невозможно напечатать бейдж {display_name}: ни один установленный шрифт не содержит {value}; установите подходящий шрифт (например, Noto) или укажите его в ACCREDITATION_FONTS</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/pdf.py" line="332"/>
        <source>Cannot write {out}: folder {parent} does not exist</source>
        <translation>Не удаётся записать {out}: папки {parent} нет</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/pdf.py" line="364"/>
        <source>printing badges was cancelled</source>
        <translation>печать бейджей отменена</translation>
    </message>
    <message>
        <location filename="../../accreditation/printing/fonts.py" line="370"/>
        <source>No usable fonts found for printing badges: install Noto or DejaVu fonts (e.g. fonts-noto-core), or set {fonts_env} to font files</source>
        <extracomment>File names in order of preference. Latin/Cyrillic first: for characters several fonts share (digits, punctuation) in Latin text the Latin font&apos;s shapes are wanted; Arabic text never reaches the Latin font because it has no Arabic glyphs. Characters that never need a glyph of their own: joiners and direction marks. Unicode character-name prefixes and the script name a person at the desk understands. Characters whose glyphs reach beyond ``ascent``/``descent``: (ascent, descent) in em. The Arabic-script blocks Persian (and Arabic, Urdu...) is written in; the supplements hold letters of African and Asian languages that no name at this desk uses.</extracomment>
        <translation>Не найдено пригодных шрифтов для печати бейджей: установите шрифты Noto или DejaVu (например, fonts-noto-core) или укажите файлы шрифтов в {fonts_env}</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="123"/>
        <source>{where}: unknown key(s) {keys}</source>
        <extracomment>text: the BadgeView attribute to print (e.g. &quot;name_fa&quot;); prefix/suffix are added around it. text sizes in points: start at ``max_pt``, shrink to ``min_pt``, then wrap to ``lines``. &quot;#RRGGBB&quot;, or &quot;category&quot; / &quot;category_text&quot; for the category&apos;s colours. logo: an image file (absolute, or relative to the templates folder); none draws a light frame. text &quot;name_latin&quot;: print the family name in capitals, as protocol badges often do (&quot;Gadzhi GADZHIEV&quot;); the given name stays in its reading form. top-left corner of the grid, from the page&apos;s top-left corner</extracomment>
        <translation>{where}: неизвестные ключи {keys}</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="127"/>
        <source>{where}: type must be one of {element_types}, not {type!r}</source>
        <translation>{where}: тип должен быть одним из {element_types}, а не {type!r}</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="139"/>
        <source>{where}: width and height must be positive</source>
        <translation>{where}: ширина и высота должны быть положительными</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="144"/>
        <source>{where}: no badge field named {field!r}</source>
        <translation>{where}: у бейджа нет поля {field!r}</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="149"/>
        <source>{where}: need 0 &lt; min_pt &lt;= max_pt</source>
        <translation>{where}: требуется 0 &lt; min_pt &lt;= max_pt</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="158"/>
        <source>Cannot read the badge template {path}: {exc}</source>
        <translation>Не удаётся прочитать шаблон бейджа {path}: {exc}</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="161"/>
        <source>{path}: a template is a JSON object</source>
        <translation>{path}: шаблон должен быть объектом JSON</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="173"/>
        <source>{name} element {i} ({type} {field}) lies outside the badge</source>
        <translation>{name}: элемент {i} ({type} {field}) выходит за пределы бейджа</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="197"/>
        <source>No badge template named &apos;{name}&apos; (available: {names})</source>
        <translation>Нет шаблона бейджа &apos;{name}&apos; (доступны: {names})</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="227"/>
        <source>{name}: the grid of badges does not fit on the page</source>
        <translation>{name}: сетка бейджей не помещается на странице</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="236"/>
        <source>{name}: malformed template ({exc!r})</source>
        <translation>{name}: шаблон повреждён ({exc!r})</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/templates.py" line="239"/>
        <source>{name}: kind must be &apos;badge&apos; or &apos;sheet&apos;, not {kind!r}</source>
        <translation>{name}: kind должен быть &apos;badge&apos; или &apos;sheet&apos;, а не {kind!r}</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../accreditation/badges/token.py" line="139"/>
        <source>The badge key file {path} is damaged (not hexadecimal)</source>
        <translation>Файл ключа бейджей {path} повреждён (не шестнадцатеричный)</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/token.py" line="143"/>
        <source>The badge key file {path} is damaged (too short)</source>
        <translation>Файл ключа бейджей {path} повреждён (слишком короткий)</translation>
    </message>
    <message>
        <location filename="../../accreditation/badges/token.py" line="196"/>
        <source>No badge signing key for event &apos;{event_code}&apos; at {target}: run &apos;init&apos; on this PC, or copy the key file from the PC that printed the badges</source>
        <translation>Нет ключа подписи бейджей для мероприятия &apos;{event_code}&apos; в {target}: выполните &apos;init&apos; на этом компьютере или скопируйте файл ключа с компьютера, на котором печатались бейджи</translation>
    </message>
    <message>
        <location filename="../../accreditation/checkin/decision.py" line="57"/>
        <source>This database has no event yet: run &apos;init&apos; first</source>
        <translation>В этой базе данных ещё нет мероприятия: сначала выполните &apos;init&apos;</translation>
    </message>
    <message>
        <location filename="../../accreditation/checkin/decision.py" line="271"/>
        <source>No session with code &apos;{session_code}&apos; (known: {codes})</source>
        <translation>Нет заседания с кодом &apos;{session_code}&apos; (известные: {codes})</translation>
    </message>
    <message>
        <location filename="../../accreditation/checkin/desk.py" line="142"/>
        <location filename="../../accreditation/checkin/desk.py" line="221"/>
        <source>No person with id {delegate_id}</source>
        <translation>Нет участника с номером {delegate_id}</translation>
    </message>
    <message>
        <location filename="../../accreditation/checkin/desk.py" line="173"/>
        <source>Say why the check-in is undone</source>
        <translation>Укажите, почему регистрация прохода отменяется</translation>
    </message>
    <message>
        <location filename="../../accreditation/checkin/desk.py" line="177"/>
        <source>No check-in with id {checkin_id}</source>
        <translation>Нет регистрации прохода с номером {checkin_id}</translation>
    </message>
    <message>
        <location filename="../../accreditation/checkin/desk.py" line="232"/>
        <source>{name} has no badge yet, and a new badge needs the server: print it when the desk is online.</source>
        <translation>У {name} ещё нет бейджа, а новый бейдж требует сервера: напечатайте его, когда стойка будет в сети.</translation>
    </message>
    <message>
        <location filename="../../accreditation/offline/conflicts.py" line="127"/>
        <source>No flagged scan with id {scan_id}</source>
        <translation>Нет отмеченного сканирования с номером {scan_id}</translation>
    </message>
</context>
<context>
    <name>Command line</name>
    <message>
        <location filename="../../accreditation/cli/main.py" line="37"/>
        <source>Accreditation for intergovernmental summits: delegations, badges, check-in and seating. With no command, opens the window.</source>
        <translation>Аккредитация для межправительственных саммитов: делегации, бейджи, регистрация прохода и рассадка. Без команды открывается окно программы.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="46"/>
        <source>a SQLite file path or a SQLAlchemy URL (postgresql://...); default: the file in your data folder</source>
        <translation>путь к файлу SQLite или URL SQLAlchemy (postgresql://...); по умолчанию — файл в вашей папке данных</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="55"/>
        <source>the language of messages and help: fa, en or ru (default: ACCREDITATION_LANG, then the system locale); --json output is the same in every language</source>
        <translation>язык сообщений и справки: fa, en или ru (по умолчанию — ACCREDITATION_LANG, затем язык системы); вывод --json одинаков на всех языках</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="65"/>
        <source>who is at the desk, for the audit trail (or ${variable}; default: the logged-in user)</source>
        <translation>кто работает за стойкой, для журнала изменений (или ${variable}; по умолчанию — пользователь системы)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="74"/>
        <source>sign in as this role (or ${role_variable}); its PIN is read from ${pin_variable} or asked for in a terminal. Needed for changes once an admin PIN is set; see the &apos;access&apos; command</source>
        <translation>войти с этой ролью (или ${role_variable}); её PIN-код берётся из ${pin_variable} или запрашивается в терминале. Нужно для изменений, когда задан PIN-код администратора; см. команду «access»</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="160"/>
        <source>{message} (--role ROLE with ${variable})</source>
        <translation>{message} (--role РОЛЬ вместе с ${variable})</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="170"/>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="176"/>
        <source>an unexpected problem stopped &apos;{command}&apos;; details are in {log}</source>
        <translation>непредвиденная ошибка остановила &apos;{command}&apos;; подробности в {log}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="22"/>
        <source>protocol: approve people (or reject / send back with a reason)</source>
        <translation>протокол: одобрить участников (или отказать / вернуть с указанием причины)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="24"/>
        <source>Move people from registered (pending) to approved, so their badges can be printed. With --reject the accreditation is refused (the person is cancelled, any badge revoked); with --send-back they stay pending and the question is recorded. Both need --reason.</source>
        <translation>Переводит участников из зарегистрированных (ожидающих) в одобренные, чтобы можно было напечатать их бейджи. С --reject в аккредитации отказывается (участник аннулируется, бейдж отзывается); с --send-back участник остаётся ожидающим, а вопрос записывается. Обоим нужен --reason.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="33"/>
        <source>the people&apos;s ids</source>
        <translation>номера участников</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="38"/>
        <source>everyone still pending approval</source>
        <translation>все, кто ещё ожидает одобрения</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="44"/>
        <source>refuse the accreditation (needs --reason)</source>
        <translation>отказать в аккредитации (нужен --reason)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="49"/>
        <source>ask for more information (needs --reason)</source>
        <translation>запросить дополнительные сведения (нужен --reason)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="55"/>
        <source>why (kept in the audit trail)</source>
        <translation>почему (сохраняется в журнале аудита)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="60"/>
        <source>who decides (default: the logged-in user)</source>
        <translation>кто принимает решение (по умолчанию — вошедший пользователь)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="63"/>
        <location filename="../../accreditation/cli/commands/import_file.py" line="56"/>
        <location filename="../../accreditation/cli/commands/names.py" line="41"/>
        <location filename="../../accreditation/cli/commands/reissue.py" line="38"/>
        <source>print the result as JSON</source>
        <translation>вывести результат в формате JSON</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="77"/>
        <source>Name the people to decide on (ids), or use --all-registered</source>
        <translation>Укажите участников, по которым принимается решение (номера), или используйте --all-registered</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="83"/>
        <source>{which} needs --reason TEXT: the reason is kept with the decision</source>
        <translation>{which} требует --reason ТЕКСТ: причина сохраняется вместе с решением</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="104"/>
        <source>Nobody is pending approval</source>
        <translation>Никто не ожидает одобрения</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="123"/>
        <source>{count} approved</source>
        <translation>одобрено: {count}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="124"/>
        <source>{count} rejected</source>
        <translation>отказано: {count}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="125"/>
        <source>{count} sent back</source>
        <translation>возвращено: {count}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="131"/>
        <source>cancelled</source>
        <translation>аннулирован</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="132"/>
        <source>already approved</source>
        <translation>уже одобрен</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/approve.py" line="135"/>
        <source>#{pid} unchanged: {why}</source>
        <translation>#{pid} без изменений: {why}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/backup.py" line="15"/>
        <source>write a consistent copy of the database</source>
        <translation>записать согласованную копию базы данных</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/backup.py" line="17"/>
        <source>Write a consistent copy of the database, even while other desks are working: a SQLite file at the current schema. Without --out it goes to the database&apos;s backups folder.</source>
        <translation>Записывает согласованную копию базы данных, даже пока работают другие стойки: файл SQLite с текущей схемой. Без --out копия попадает в папку резервных копий базы данных.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/backup.py" line="25"/>
        <source>where to write the copy</source>
        <translation>куда записать копию</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/backup.py" line="31"/>
        <source>replace the database&apos;s contents with a backup</source>
        <translation>заменить содержимое базы данных резервной копией</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/backup.py" line="33"/>
        <source>Replace the database&apos;s contents with a backup made by &apos;backup&apos; (or an automatic daily copy). A safety copy of the current contents is taken first, and its name is printed.</source>
        <translation>Заменяет содержимое базы данных резервной копией, созданной командой &apos;backup&apos; (или автоматической ежедневной копией). Сначала делается страховочная копия текущего содержимого, и её имя выводится.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/backup.py" line="41"/>
        <source>the backup to restore</source>
        <translation>резервная копия для восстановления</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/backup.py" line="52"/>
        <source>backup written to {path} ({people} people)</source>
        <translation>резервная копия записана в {path} (участников: {people})</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/backup.py" line="65"/>
        <source>restored {file} ({people} people); the previous contents were saved to {safety}</source>
        <translation>восстановлено из {file} (участников: {people}); прежнее содержимое сохранено в {safety}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="32"/>
        <source>--ids takes numbers separated by commas, not &apos;{text}&apos;</source>
        <translation>--ids принимает номера через запятую, а не &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="37"/>
        <source>--ids needs at least one id</source>
        <translation>для --ids нужен хотя бы один номер</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="44"/>
        <source>print badges to a PDF (issuing badges for people who have none)</source>
        <translation>напечатать бейджи в PDF (с выдачей бейджей тем, у кого их нет)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="46"/>
        <source>Print the badges of the selected people to a PDF. People without a badge get one (a new number, version 1); cancelled people are skipped, and so are people protocol has not approved (naming one with --ids is refused; --override-approval prints them, audited). Before anything is issued, every name is checked against the installed fonts. Templates: {templates}.</source>
        <translation>Печатает бейджи выбранных участников в PDF. Участники без бейджа получают его (новый номер, версия 1); аннулированные пропускаются, как и не одобренные протоколом (указать такого в --ids нельзя; --override-approval печатает их с записью в аудит). Перед выдачей каждое имя проверяется по установленным шрифтам. Шаблоны: {templates}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="60"/>
        <source>only this region&apos;s delegation (e.g. gilan)</source>
        <translation>только делегация этого региона (например, gilan)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="63"/>
        <location filename="../../accreditation/cli/commands/search.py" line="66"/>
        <source>only this category (e.g. head, press)</source>
        <translation>только эта категория (например, head, press)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="69"/>
        <source>only these people (ids as &apos;search --json&apos; gives them)</source>
        <translation>только эти участники (номера, как их выдаёт &apos;search --json&apos;)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="75"/>
        <source>badge template (default {default_template})</source>
        <translation>шаблон бейджа (по умолчанию {default_template})</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="84"/>
        <location filename="../../accreditation/cli/commands/cards.py" line="48"/>
        <source>the PDF to write</source>
        <translation>PDF-файл для записи</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="90"/>
        <source>the organizer&apos;s logo (PNG or JPEG)</source>
        <translation>логотип организатора (PNG или JPEG)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="95"/>
        <source>who is printing (default: the logged-in user)</source>
        <translation>кто печатает (по умолчанию — вошедший пользователь)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="100"/>
        <source>administrators only: print people protocol has not approved yet; recorded in the audit trail for each of them under --operator, which must then be given</source>
        <translation>только для администраторов: печатать участников, ещё не одобренных протоколом; для каждого записывается в журнал аудита от имени --operator, который тогда обязателен</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="107"/>
        <location filename="../../accreditation/cli/commands/cards.py" line="51"/>
        <source>print the summary as JSON</source>
        <translation>вывести сводку в формате JSON</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="121"/>
        <source>--override-approval needs the server, and the server does not answer.</source>
        <translation>--override-approval требует сервера, а сервер не отвечает.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="139"/>
        <source>--override-approval needs --operator NAME: the override is recorded under that name</source>
        <translation>--override-approval требует --operator ИМЯ: исключение записывается под этим именем</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="149"/>
        <location filename="../../accreditation/cli/commands/cards.py" line="66"/>
        <source>--out must name a .pdf file, not {name}</source>
        <translation>--out должен указывать файл .pdf, а не {name}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="153"/>
        <location filename="../../accreditation/cli/commands/rooms.py" line="141"/>
        <source>Cannot write {out}: folder {parent} does not exist</source>
        <translation>Не удаётся записать {out}: папки {parent} нет</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="177"/>
        <source>{count} cancelled</source>
        <translation>аннулировано: {count}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="183"/>
        <source>{count} awaiting protocol approval</source>
        <translation>ожидают одобрения протокола: {count}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="187"/>
        <source>Nobody to print: the selection is empty</source>
        <translation>Печатать некого: выборка пуста</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="193"/>
        <source>an administrator can print anyway with --override-approval --operator NAME</source>
        <translation>администратор может всё же напечатать с --override-approval --operator ИМЯ</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="220"/>
        <source>; skipped {count} cancelled</source>
        <translation>; пропущено аннулированных: {count}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="225"/>
        <source>; skipped {count} awaiting protocol approval</source>
        <translation>; пропущено ожидающих одобрения протокола: {count}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="229"/>
        <source>; from this desk&apos;s replica (the server does not answer): {count} without a badge yet skipped</source>
        <translation>; по копии этой стойки (сервер не отвечает): пропущено без бейджа: {count}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/badges.py" line="234"/>
        <source>{out}: {badges} badges on {pages} pages ({name}), {issued} newly issued{note}</source>
        <translation>{out}: бейджей — {badges}, страниц — {pages} ({name}), выдано новых — {issued}{note}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/cards.py" line="22"/>
        <source>print name tent cards for a session&apos;s seated people or for every region</source>
        <translation>напечатать настольные таблички с именами для рассаженных участников заседания или для каждого региона</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/cards.py" line="26"/>
        <source>Tent cards on A4, folded in half: the front face upright, the back face rotated 180° so the name reads from both sides. --regions prints one per region (Persian, Latin and the region&apos;s own script), useful before the governors&apos; names are known.</source>
        <translation>Настольные таблички на листе A4, сложенном пополам: лицевая сторона прямо, оборотная повёрнута на 180°, чтобы имя читалось с обеих сторон. --regions печатает по одной на регион (на персидском, латиницей и на письме региона) — удобно, пока имена губернаторов неизвестны.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/cards.py" line="38"/>
        <source>cards for the people seated in this session&apos;s plan</source>
        <translation>таблички для участников, рассаженных по плану этого заседания</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/cards.py" line="41"/>
        <source>one card per participating region</source>
        <translation>по одной табличке на каждый участвующий регион</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/cards.py" line="79"/>
        <source>region cards</source>
        <translation>табличек регионов</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/cards.py" line="89"/>
        <source>Nobody is seated in &apos;{session}&apos; yet: run &apos;seating --session {session} --arrange&apos; first</source>
        <translation>На заседании &apos;{session}&apos; ещё никто не рассажен: сначала выполните &apos;seating --session {session} --arrange&apos;</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/cards.py" line="97"/>
        <source>name cards</source>
        <translation>табличек с именами</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/cards.py" line="108"/>
        <source>{out_path}: {items} {what} on {pages} A4 sheets (fold in half)</source>
        <translation>{out_path}: {items} {what} на {pages} листах A4 (сложите пополам)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="30"/>
        <source>--at takes an ISO date and time such as 2025-11-18T09:30, not &apos;{text}&apos;</source>
        <translation>--at принимает дату и время в формате ISO, например 2025-11-18T09:30, а не &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="39"/>
        <source>check in a scanned badge payload (desk or session door), or undo a check-in</source>
        <translation>зарегистрировать проход по отсканированному бейджу (стойка или дверь заседания) или отменить регистрацию</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="43"/>
        <source>Decide and record one scan: admitted, already_checked_in, revoked, forged, unknown, wrong_event, cancelled, not_valid_today or no_access. Exit status 0 when the person is let in, 2 when refused. The payload may be typed through a Persian or Russian layout.</source>
        <translation>Принимает и записывает решение по одному сканированию: admitted, already_checked_in, revoked, forged, unknown, wrong_event, cancelled, not_valid_today или no_access. Код выхода 0 — участник пропущен, 2 — отказ. Содержимое бейджа может быть набрано в персидской или русской раскладке.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="52"/>
        <source>what the scanner typed</source>
        <translation>то, что ввёл сканер</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="58"/>
        <source>the desk or door name recorded with the scan</source>
        <translation>название стойки или двери, записываемое со сканированием</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="63"/>
        <source>door mode: the session being entered (e.g. plenary)</source>
        <translation>режим двери: заседание, на которое проходят (например, plenary)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="68"/>
        <source>who is scanning (default: the logged-in user)</source>
        <translation>кто сканирует (по умолчанию — вошедший пользователь)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="74"/>
        <source>language of the verdict (default: the global --lang)</source>
        <translation>язык решения (по умолчанию — общий --lang)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="80"/>
        <source>scan as if at this moment (rehearsals, tests); without a zone it is the event&apos;s local time</source>
        <translation>сканировать так, будто сейчас этот момент (репетиции, проверки); без часового пояса — местное время мероприятия</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="86"/>
        <source>print the verdict as JSON</source>
        <translation>вывести решение в формате JSON</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="92"/>
        <source>undo the check-in with this id (audited)</source>
        <translation>отменить регистрацию прохода с этим номером (с записью в аудит)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="95"/>
        <source>why the check-in is undone (with --undo)</source>
        <translation>почему регистрация отменяется (с --undo)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="106"/>
        <source>Give either a PAYLOAD to scan or --undo ID, not both</source>
        <translation>Укажите либо PAYLOAD для сканирования, либо --undo ID, но не оба</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="112"/>
        <source>check-in {undo} undone</source>
        <translation>регистрация прохода {undo} отменена</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="115"/>
        <source>Give the scanned PAYLOAD (or --undo ID)</source>
        <translation>Укажите отсканированный PAYLOAD (или --undo ID)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/checkin.py" line="136"/>
        <source>(from this desk&apos;s replica: the server does not answer; the scan waits to be synced)</source>
        <translation>(по копии этой стойки: сервер не отвечает; сканирование ждёт синхронизации)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/context.py" line="152"/>
        <source>error: {message}</source>
        <translation>ошибка: {message}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/demo.py" line="19"/>
        <location filename="../../accreditation/cli/commands/search.py" line="24"/>
        <source>not a whole number: {text}</source>
        <translation>не целое число: {text}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/demo.py" line="23"/>
        <source>must be between 1 and {max_delegates:,}</source>
        <translation>должно быть от 1 до {max_delegates:,}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/demo.py" line="33"/>
        <source>add synthetic delegations for all 14 regions plus guests</source>
        <translation>добавить вымышленные делегации для всех 14 регионов и гостей</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/demo.py" line="35"/>
        <source>Add synthetic people: an official delegation for every region (names in Persian, Cyrillic, Azerbaijani and Turkmen Latin with passport forms) plus ambassadors, ministers, ECO, chambers of commerce, press, organizers and security. Initialises the event first.</source>
        <translation>Добавляет вымышленных участников: официальную делегацию каждого региона (имена на персидском, кириллицей, азербайджанской и туркменской латиницей с паспортным написанием), а также послов, министров, ОЭС, торговые палаты, прессу, организаторов и охрану. Сначала подготавливает мероприятие.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/demo.py" line="48"/>
        <source>how many people (default {default_delegates}, at most {max_delegates:,})</source>
        <translation>сколько участников (по умолчанию {default_delegates}, не более {max_delegates:,})</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/demo.py" line="56"/>
        <source>random seed, for repeatable data (default 1404)</source>
        <translation>начальное значение генератора для повторяемых данных (по умолчанию 1404)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/demo.py" line="64"/>
        <source>give everyone a generated photo</source>
        <translation>дать всем сгенерированную фотографию</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/demo.py" line="67"/>
        <source>no photos</source>
        <translation>без фотографий</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/demo.py" line="72"/>
        <source>add even if the database already has people</source>
        <translation>добавить, даже если в базе данных уже есть участники</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/demo.py" line="90"/>
        <source>{display_name}: added {added} demo people</source>
        <translation>{display_name}: добавлено демонстрационных участников — {added}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/export.py" line="15"/>
        <source>export people to .csv or .xlsx, or the delegation lists to .pdf</source>
        <translation>экспортировать участников в .csv или .xlsx либо списки делегаций в .pdf</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/export.py" line="17"/>
        <source>Export people to a CSV or XLSX file (chosen by the extension), with the importer&apos;s column names. Passport numbers are left out unless --with-passports; cells that a spreadsheet would run as formulas are neutralised. A .pdf file gets the protocol officers&apos; delegation list: per region, Persian and Latin names, titles and categories.</source>
        <translation>Экспортирует участников в файл CSV или XLSX (по расширению) с названиями столбцов импорта. Номера паспортов не выводятся без --with-passports; ячейки, которые электронная таблица выполнила бы как формулы, обезвреживаются. Файл .pdf — список делегаций для сотрудников протокола: по регионам, с именами на персидском и латиницей, должностями и категориями.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/export.py" line="30"/>
        <source>the .csv, .xlsx or .pdf file to write</source>
        <translation>файл .csv, .xlsx или .pdf для записи</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/export.py" line="33"/>
        <location filename="../../accreditation/cli/commands/names.py" line="33"/>
        <source>only this region&apos;s people</source>
        <translation>только участники этого региона</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/export.py" line="36"/>
        <source>include passport numbers</source>
        <translation>включить номера паспортов</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/export.py" line="39"/>
        <source>leave cancelled people out</source>
        <translation>не включать аннулированных</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/export.py" line="45"/>
        <source>alphabetical order of the list: en by passport name, fa by Persian name, ru by native name</source>
        <translation>алфавитный порядок списка: en — по имени в паспорте, fa — по персидскому имени, ru — по имени на родном языке</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/export.py" line="66"/>
        <source>Exported {count} people to {file} (with passport numbers).</source>
        <translation>Экспортировано участников: {count} в {file} (с номерами паспортов).</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/export.py" line="68"/>
        <source>Exported {count} people to {file}.</source>
        <translation>Экспортировано участников: {count} в {file}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="22"/>
        <source>import a delegation list (CSV or XLSX)</source>
        <translation>импортировать список делегации (CSV или XLSX)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="24"/>
        <source>Import a delegation list. Every row is checked first; a file with problems is refused with the list of problems by row, and nothing is written, unless --skip-invalid. People already registered (same passport number, or same name in the same region) are updated, never added twice. All accepted rows are written in one transaction.</source>
        <translation>Импортирует список делегации. Сначала проверяется каждая строка; файл с ошибками отклоняется со списком ошибок по строкам, и ничего не записывается, если не указан --skip-invalid. Уже зарегистрированные участники (тот же номер паспорта или то же имя в том же регионе) обновляются и никогда не добавляются повторно. Все принятые строки записываются одной транзакцией.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="34"/>
        <source>the .csv or .xlsx file</source>
        <translation>файл .csv или .xlsx</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="39"/>
        <source>region code for rows that name no region (e.g. astrakhan)</source>
        <translation>код региона для строк без региона (например, astrakhan)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="45"/>
        <source>category for rows that name none (default: delegate)</source>
        <translation>категория для строк без категории (по умолчанию delegate)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="48"/>
        <source>check and report, write nothing</source>
        <translation>проверить и сообщить, ничего не записывая</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="53"/>
        <source>import the good rows and skip those with problems</source>
        <translation>импортировать правильные строки и пропустить строки с ошибками</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="62"/>
        <source>who is importing, for the audit trail (default: your user name)</source>
        <translation>кто импортирует, для журнала аудита (по умолчанию — ваше имя пользователя)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="79"/>
        <source>row {row}: {column}: {message}</source>
        <translation>строка {row}: {column}: {message}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="85"/>
        <source>row {row}: note: {message}</source>
        <translation>строка {row}: примечание: {message}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="90"/>
        <source>{accepted} new people would be added, {updated} already registered ({unchanged} unchanged), {rejected} rows rejected</source>
        <translation>будет добавлено новых участников: {accepted}, уже зарегистрированы: {updated} (без изменений: {unchanged}), отклонено строк: {rejected}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="96"/>
        <source>{accepted} new people were added, {updated} already registered ({unchanged} unchanged), {rejected} rows rejected</source>
        <translation>добавлено новых участников: {accepted}, уже зарегистрированы: {updated} (без изменений: {unchanged}), отклонено строк: {rejected}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="108"/>
        <source>, {skipped} skipped</source>
        <translation>, пропущено: {skipped}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/import_file.py" line="109"/>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/info.py" line="16"/>
        <source>show the version, the database&apos;s schema revision, the data folder and the log file</source>
        <translation>показать версию, ревизию схемы базы данных, папку данных и файл журнала</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/info.py" line="21"/>
        <source>What support asks first: the program&apos;s version, the schema revision of the database (read without creating or upgrading it), the data folder, the log file and where the program&apos;s own files are.</source>
        <translation>То, о чём служба поддержки спрашивает в первую очередь: версия программы, ревизия схемы базы данных (читается без создания и обновления), папка данных, файл журнала и расположение файлов самой программы.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/info.py" line="30"/>
        <source>print the facts as JSON</source>
        <translation>вывести сведения в формате JSON</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/init.py" line="15"/>
        <source>create the database and load the event (safe to run again)</source>
        <translation>создать базу данных и загрузить мероприятие (повторный запуск безопасен)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/init.py" line="17"/>
        <source>Create the database if needed, bring its schema up to date, and load the event from its data file: countries, regions, categories, zones and sessions. Running it again updates the same rows and never duplicates them.</source>
        <translation>Создаёт базу данных при необходимости, обновляет её схему и загружает мероприятие из файла данных: страны, регионы, категории, зоны и заседания. Повторный запуск обновляет те же строки и никогда их не дублирует.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/init.py" line="29"/>
        <source>an event data file (default: the bundled summit)</source>
        <translation>файл данных мероприятия (по умолчанию — встроенный саммит)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/init.py" line="59"/>
        <source>{display_name}: event &apos;{code}&apos; ready — {countries} countries, {regions} regions, {categories} categories</source>
        <translation>{display_name}: мероприятие &apos;{code}&apos; готово — стран: {countries}, регионов: {regions}, категорий: {categories}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="20"/>
        <source>Format</source>
        <extracomment>Translated when printed; QT_TRANSLATE_NOOP marks them for lupdate.</extracomment>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="21"/>
        <source>Document code</source>
        <translation>Код документа</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="22"/>
        <source>Issuing state</source>
        <translation>Государство выдачи</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="23"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="24"/>
        <source>Given names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="25"/>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="26"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="27"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="28"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="29"/>
        <source>Expiry date</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="30"/>
        <source>Personal number</source>
        <translation>Личный номер</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="31"/>
        <source>Optional data</source>
        <translation>Дополнительные данные</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="38"/>
        <source>read and verify a passport&apos;s or ID card&apos;s machine-readable zone</source>
        <translation>прочитать и проверить машиночитаемую зону паспорта или удостоверения личности</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="40"/>
        <source>Check every check digit of a machine-readable zone (ICAO 9303): two lines of 44 characters (passport, TD3), two of 36 (TD2) or three of 30 (ID card, TD1), and print its fields. Text typed through a Persian or Russian keyboard layout is understood. Quote each line: &apos;&lt;&apos; is special to the shell.</source>
        <translation>Проверяет все контрольные цифры машиночитаемой зоны (ICAO 9303): две строки по 44 знака (паспорт, TD3), две по 36 (TD2) или три по 30 (удостоверение личности, TD1) — и выводит её поля. Текст, набранный в персидской или русской раскладке, тоже распознаётся. Заключайте каждую строку в кавычки: &apos;&lt;&apos; — специальный символ оболочки.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="50"/>
        <source>the zone&apos;s lines, in order</source>
        <translation>строки зоны по порядку</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="55"/>
        <source>print the fields (or the failure) as JSON</source>
        <translation>вывести поля (или ошибку) в формате JSON</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/mrz.py" line="82"/>
        <source>All check digits verify.</source>
        <translation>Все контрольные цифры сходятся.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/reissue.py" line="21"/>
        <source>replace a person&apos;s badge (lost, damaged, data changed)</source>
        <translation>заменить бейдж участника (утерян, повреждён, изменились данные)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/reissue.py" line="23"/>
        <source>Give a person&apos;s badge a new version (same number) and revoke the old one. Print the new one with &apos;badges --ids ID --out FILE.pdf&apos;.</source>
        <translation>Выпускает новую версию бейджа участника (с тем же номером) и аннулирует старую. Напечатайте новый бейдж командой &apos;badges --ids ID --out FILE.pdf&apos;.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/reissue.py" line="30"/>
        <source>the person&apos;s id</source>
        <translation>номер участника</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/reissue.py" line="35"/>
        <source>who is reissuing (default: the logged-in user)</source>
        <translation>кто перевыпускает (по умолчанию — вошедший пользователь)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/reissue.py" line="61"/>
        <source>Badge {number:05d} of {name} (#{id}) reissued: version {version} is current, version {old_version} revoked ({reason}). Print it with: badges --ids {id} --out FILE.pdf</source>
        <translation>Бейдж {number:05d} участника {name} (#{id}) перевыпущен: действует версия {version}, версия {old_version} аннулирована ({reason}). Напечатайте его командой: badges --ids {id} --out FILE.pdf</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="26"/>
        <source>--option takes NAME=VALUE, not &apos;{text}&apos;</source>
        <translation>--option принимает ИМЯ=ЗНАЧЕНИЕ, а не &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="41"/>
        <source>list, add, export or import the rooms seating plans use</source>
        <translation>показать, добавить, экспортировать или импортировать залы для планов рассадки</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="45"/>
        <source>the rooms with their shapes and seats</source>
        <translation>залы с их формой и местами</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="48"/>
        <source>add (or regenerate) a room of a given shape</source>
        <translation>добавить (или пересоздать) зал заданной формы</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="56"/>
        <source>places at the table (theatre: seats in all)</source>
        <translation>места за столом (театр — всего мест)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="66"/>
        <source>a generator option: rows, per_row, back_chairs, wall_rows, guest_rows, front_heads...</source>
        <translation>параметр генератора: rows, per_row, back_chairs, wall_rows, guest_rows, front_heads...</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="72"/>
        <source>write a room with every seat listed, to edit by hand</source>
        <translation>записать зал со списком всех мест для ручной правки</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="77"/>
        <source>add or update a room from a room file</source>
        <translation>добавить или обновить зал из файла зала</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="120"/>
        <source>{code:20s} {shape:16s} {seats:5d} seats  {name}</source>
        <translation>{code:20s} {shape:16s} {seats:5d} мест  {name}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="154"/>
        <source>room {code}: {shape}, {count} seats</source>
        <translation>зал {code}: {shape}, мест: {count}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/rooms.py" line="147"/>
        <source>{out}: room {code}, {count} seats</source>
        <translation>{out}: зал {code}, мест: {count}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="28"/>
        <source>must be between 1 and {max_limit}</source>
        <translation>должно быть от 1 до {max_limit}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="36"/>
        <source>find people by name (any script), badge, passport or phone number</source>
        <translation>найти участников по имени (любым письмом), номеру бейджа, паспорта или телефона</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="38"/>
        <source>Find people the way the desk does: a name or its beginning in Persian, Latin or Cyrillic (spelling variants and other scripts match too), a badge, passport or phone number, a title or an organization. Results are ranked: numbers, exact names, prefixes, sound-alikes, typos. Quotes, stars and other search-engine syntax are plain text.</source>
        <translation>Ищет участников так же, как стойка: имя или его начало на персидском, латиницей или кириллицей (находятся и варианты написания, и другие письменности), номер бейджа, паспорта или телефона, должность или организация. Результаты упорядочены: номера, точные имена, начала имён, созвучия, опечатки. Кавычки, звёздочки и прочий синтаксис поисковиков считаются обычным текстом.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="50"/>
        <source>what to look for (quote it if it has spaces)</source>
        <translation>что искать (в кавычках, если есть пробелы)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="57"/>
        <source>at most N results (default 20)</source>
        <translation>не более N результатов (по умолчанию 20)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="60"/>
        <source>print a JSON list, best first</source>
        <translation>вывести список JSON, лучшие сначала</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="63"/>
        <source>only people of this region (e.g. gilan)</source>
        <translation>только участники этого региона (например, gilan)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="69"/>
        <source>only people with this status</source>
        <translation>только участники с этим статусом</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="74"/>
        <source>only people already admitted at least once (yes) or not yet (no)</source>
        <translation>только участники, уже прошедшие хотя бы раз (yes) или ещё не прошедшие (no)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="79"/>
        <source>rebuild everyone&apos;s search keys first (after an upgrade of the matching rules)</source>
        <translation>сначала перестроить поисковые ключи всех участников (после обновления правил сопоставления)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="137"/>
        <source>Give something to search for: a name, a badge, passport or phone number</source>
        <translation>Укажите, что искать: имя, номер бейджа, паспорта или телефона</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/search.py" line="163"/>
        <source>Nobody matches {query!r}.</source>
        <translation>По запросу {query!r} никого не найдено.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="27"/>
        <source>--reserve takes SEAT=NAME, not &apos;{text}&apos;</source>
        <translation>--reserve принимает МЕСТО=ИМЯ, а не &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="35"/>
        <source>arrange a session&apos;s protocol seating and print the seating chart</source>
        <translation>составить протокольную рассадку заседания и напечатать схему рассадки</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="37"/>
        <source>Seat a session by protocol: the host at the centre of the head table, heads of delegation alternating to the host&apos;s right and left by precedence, advisers behind their head, interpreters behind and to the right, guests in the guest seats. Locked and reserved seats are kept when arranging again.</source>
        <translation>Рассаживает заседание по протоколу: председательствующий в центре президиума, главы делегаций поочерёдно справа и слева от него по старшинству, советники за своим главой, переводчики сзади и справа, гости на гостевых местах. Закреплённые и забронированные места при повторной рассадке сохраняются.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="50"/>
        <source>session code (plenary, economy...)</source>
        <translation>код заседания (plenary, economy...)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="55"/>
        <source>seat the session in this room instead of its own</source>
        <translation>рассадить заседание в этом зале вместо его собственного</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="60"/>
        <source>arrange the plan again (locked seats stay)</source>
        <translation>составить план заново (закреплённые места сохраняются)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="65"/>
        <source>order of precedence (default rank_alpha)</source>
        <translation>порядок старшинства (по умолчанию rank_alpha)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="70"/>
        <source>alphabetical order in this language</source>
        <translation>алфавитный порядок на этом языке</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="75"/>
        <source>manual order of precedence: region/organization codes or person ids, comma-separated</source>
        <translation>ручной порядок старшинства: коды регионов/организаций или номера участников через запятую</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="86"/>
        <source>hold a seat for a named guest (locked); may be repeated</source>
        <translation>забронировать место для названного гостя (закреплённое); можно повторять</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="93"/>
        <source>lock a seat as it is</source>
        <translation>закрепить место как есть</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="100"/>
        <source>unlock a seat</source>
        <translation>снять закрепление места</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="106"/>
        <source>write the seating chart and door list</source>
        <translation>записать схему рассадки и список для входа</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="112"/>
        <source>paper for the chart (default A4)</source>
        <translation>формат бумаги для схемы (по умолчанию A4)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="118"/>
        <source>write a &apos;your seat&apos; slip per person</source>
        <translation>записать для каждого участника карточку «ваше место»</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="121"/>
        <source>print the assignments as JSON</source>
        <translation>вывести рассадку в формате JSON</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="137"/>
        <source>warning: {count} seated people have no Persian name; the Persian sheets show their Latin name marked for review (add them with &apos;names persian&apos;): {names}</source>
        <translation>предупреждение: у {count} рассаженных нет персидского имени; на персидских листах их латинское имя помечено для проверки (добавьте их командой &apos;names persian&apos;): {names}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="160"/>
        <source>--out and --slips must name .pdf files, not {name}</source>
        <translation>--out и --slips должны указывать файлы .pdf, а не {name}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="224"/>
        <source> (arranged in {ms} ms)</source>
        <translation> (рассажено за {ms} мс)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="229"/>
        <source>{session_code} in {room_code}: {taken} of {seats} seats taken, {unseated} unseated{arranged}</source>
        <translation>{session_code} в {room_code}: занято мест — {taken} из {seats}, без места — {unseated}{arranged}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="242"/>
        <source>conflict: {message}</source>
        <translation>конфликт: {message}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="245"/>
        <source>{out_path}: seating chart, {pages} pages</source>
        <translation>{out_path}: схема рассадки, страниц — {pages}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/seating.py" line="251"/>
        <source>{out_path}: {items} seat slips on {pages} pages</source>
        <translation>{out_path}: карточек с местами — {items} на {pages} страницах</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="22"/>
        <source>roles and PINs: show them, set a role&apos;s PIN, clear them</source>
        <extracomment>Where ``access set-pin`` reads the new PIN in a script (a terminal is asked twice instead).</extracomment>
        <translation>роли и PIN-коды: показать, задать PIN-код роли, удалить</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="23"/>
        <source>Roles are desk (check-in, badges), protocol (seating, rooms, name cards) and admin (everything). While no admin PIN is set every action is allowed (open mode). Set the admin PIN first; then changing PINs needs --role admin and the admin PIN (in $ACCREDITATION_PIN or asked for).</source>
        <translation>Роли: desk (проход, бейджи), protocol (рассадка, залы, таблички) и admin (всё). Пока PIN-код администратора не задан, разрешено всё (открытый режим). Сначала задайте PIN-код администратора; после этого для смены PIN-кодов нужны --role admin и PIN-код администратора (в $ACCREDITATION_PIN или по запросу).</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="32"/>
        <source>open mode or not, and which roles have a PIN</source>
        <translation>открытый ли режим и у каких ролей есть PIN-код</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="37"/>
        <source>set or change a role&apos;s PIN</source>
        <translation>задать или сменить PIN-код роли</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="38"/>
        <source>The new PIN is read from ${variable}, or asked for twice in a terminal; never from the command line, where other users can see it.</source>
        <translation>Новый PIN-код берётся из ${variable} или дважды запрашивается в терминале; никогда из командной строки, где его видят другие пользователи.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="47"/>
        <source>remove one role&apos;s PIN (not admin&apos;s: use clear-pins)</source>
        <translation>удалить PIN-код одной роли (не администратора: используйте clear-pins)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/access.py" line="52"/>
        <source>remove every PIN: back to open mode</source>
        <translation>удалить все PIN-коды: вернуться в открытый режим</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/names.py" line="19"/>
        <source>names: propose and accept Persian names for the guests</source>
        <translation>имена: предложить и принять персидские имена гостей</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/names.py" line="24"/>
        <source>list the people without a Persian name, with a proposal for each</source>
        <translation>список людей без персидского имени, с предложением для каждого</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/names.py" line="25"/>
        <source>Lists everyone without a Persian name with the proposed spelling and its confidence. Nothing is stored unless --accept-all is given; accepted names are marked as reviewed in the audit trail.</source>
        <translation>Перечисляет всех без персидского имени с предлагаемым написанием и его уверенностью. Без --accept-all ничего не сохраняется; принятые имена отмечаются в журнале изменений как проверенные.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/names.py" line="38"/>
        <source>store every proposal as the person&apos;s Persian name</source>
        <translation>сохранить каждое предложение как персидское имя человека</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/names.py" line="73"/>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/names.py" line="74"/>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/names.py" line="75"/>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/names.py" line="86"/>
        <source>{count} Persian names accepted</source>
        <translation>Принято персидских имён: {count}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/names.py" line="90"/>
        <source>{count} people without a Persian name. Nothing was stored: review them in the window (Protocol → Persian names) or accept all with --accept-all.</source>
        <translation>Без персидского имени: {count}. Ничего не сохранено: проверьте их в окне (Протокол → Персидские имена) или примите все с --accept-all.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/names.py" line="97"/>
        <source>Everyone has a Persian name.</source>
        <translation>У всех есть персидское имя.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="26"/>
        <source>push the offline queue to the server now, or show the desk&apos;s status</source>
        <translation>отправить очередь на сервер сейчас или показать состояние стойки</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="27"/>
        <source>A desk on a server keeps a replica and works from it when the server does not answer; scans, prints and hand-overs made then wait in a queue. &apos;sync&apos; pushes the queue (each item once, even when repeated) and refreshes the replica; &apos;--status&apos; says online or offline, the replica&apos;s age and how many items wait.</source>
        <translation>Стойка, работающая с сервером, хранит его копию и работает по ней, когда сервер не отвечает; сделанные в это время сканирования, печать и выдача ждут в очереди. &apos;sync&apos; отправляет очередь (каждую запись один раз, даже при повторе) и обновляет копию; &apos;--status&apos; сообщает, в сети ли стойка, возраст копии и сколько записей ждёт.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="36"/>
        <source>only say where the desk stands</source>
        <translation>только показать состояние стойки</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="38"/>
        <source>print JSON</source>
        <translation>вывести в JSON</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="44"/>
        <source>never refreshed</source>
        <translation>ни разу не обновлялась</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="46"/>
        <source>{n} s old</source>
        <translation>{n} с назад</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="47"/>
        <source>{n} min old</source>
        <translation>{n} мин назад</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="55"/>
        <source>sync is for a desk on a database server (--db postgresql+psycopg://...): a desk on a SQLite file has nothing to sync.</source>
        <translation>sync — для стойки, работающей с сервером базы данных (--db postgresql+psycopg://...): стойке с файлом SQLite нечего синхронизировать.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="71"/>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="73"/>
        <source>offline since {time}</source>
        <translation>без связи с {time}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="76"/>
        <source>server:  {server} ({state})</source>
        <translation>сервер:  {server} ({state})</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="81"/>
        <source>replica: {path} ({age})</source>
        <translation>копия: {path} ({age})</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="85"/>
        <source>waiting: {n}</source>
        <translation>ожидают: {n}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="107"/>
        <source>The server does not answer ({reason}); {n} items wait on this desk.</source>
        <translation>Сервер не отвечает ({reason}); на этой стойке ждут записей: {n}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="116"/>
        <source>pushed {pushed}, already on the server {already}, conflicts {conflicts}, waiting {waiting}</source>
        <translation>отправлено {pushed}, уже на сервере {already}, конфликтов {conflicts}, ожидают {waiting}</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="123"/>
        <source>replica refreshed in {seconds:.2f} s ({people} people changed)</source>
        <translation>копия обновлена за {seconds:.2f} с (изменилось людей: {people})</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/commands/sync.py" line="128"/>
        <source>not pushed: {error}</source>
        <translation>не отправлено: {error}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../accreditation/store/database.py" line="59"/>
        <source>Not a database address: {text}</source>
        <extracomment>Pages copied per step of a backup that reports its progress (4 MiB at the default page size).</extracomment>
        <translation>Это не адрес базы данных: {text}</translation>
    </message>
    <message>
        <location filename="../../accreditation/store/database.py" line="65"/>
        <source>Cannot create the database: folder {parent} does not exist</source>
        <translation>Не удаётся создать базу данных: папки {parent} нет</translation>
    </message>
    <message>
        <location filename="../../accreditation/store/database.py" line="377"/>
        <source>The server {target} does not answer ({orig}).</source>
        <extracomment>Execution option naming the kind of BEGIN a SQLite transaction starts with. A writer that must never meet &quot;database is locked&quot; half-way (the check-in scan) takes the write lock up front, waiting up to the busy timeout for it: ``engine.execution_options(sqlite_begin=&quot;IMMEDIATE&quot;)`` or the same option on a ``Connection`` before its transaction begins. Anything else gives a plain (deferred) BEGIN. How long a desk waits for the server before it works from its replica (seconds); ``ACCREDITATION_ SERVER_TIMEOUT`` changes it. libpq counts whole seconds and takes 2 as its least connect timeout. Whether the database had content before this open (a new file has nothing to back up yet). Whether this open brought the schema to head (``migrate=True``), as a desk&apos;s open does. Set by :meth:`close`: the desk moved to another database, or is shutting down. Why this database may not be changed through :meth:`transaction` (&quot;&quot; when it may): a desk&apos;s replica opened for the window while the server is gone, where only the offline queue writes.</extracomment>
        <translation>Сервер {target} не отвечает ({orig}).</translation>
    </message>
    <message>
        <location filename="../../accreditation/store/database.py" line="382"/>
        <source>Cannot open the database {target}: {orig}</source>
        <translation>Не удаётся открыть базу данных {target}: {orig}</translation>
    </message>
    <message>
        <location filename="../../accreditation/store/database.py" line="388"/>
        <source>Cannot open the database {target}: {exc}</source>
        <translation>Не удаётся открыть базу данных {target}: {exc}</translation>
    </message>
    <message>
        <location filename="../../accreditation/demo/generate.py" line="328"/>
        <source>--delegates must be between 1 and {max_delegates:,}</source>
        <extracomment>Above this many people, only this many get a generated photo (keeps big benchmark files sane).</extracomment>
        <translation>--delegates должно быть от 1 до {max_delegates:,}</translation>
    </message>
    <message>
        <location filename="../../accreditation/demo/generate.py" line="336"/>
        <source>This database already has {existing} people; add --append to add demo people anyway</source>
        <translation>В этой базе данных уже {existing} участников; добавьте --append, чтобы всё равно добавить демонстрационных участников</translation>
    </message>
    <message>
        <location filename="../../accreditation/demo/generate.py" line="357"/>
        <source>Region {code} has no delegation: run &apos;init&apos; again</source>
        <translation>У региона {code} нет делегации: выполните &apos;init&apos; ещё раз</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/loader.py" line="45"/>
        <source>Event file not found: {path}</source>
        <translation>Файл мероприятия не найден: {path}</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/loader.py" line="48"/>
        <source>Event file {path} is not valid JSON: {exc}</source>
        <translation>Файл мероприятия {path} — некорректный JSON: {exc}</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/loader.py" line="53"/>
        <source>Event file {path} has no &apos;{key}&apos; section</source>
        <translation>В файле мероприятия {path} нет раздела &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/loader.py" line="105"/>
        <source>Region {region} names unknown country {country}</source>
        <translation>Регион {region} ссылается на неизвестную страну {country}</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/loader.py" line="137"/>
        <source>Category {category} names unknown zones: {zones}</source>
        <translation>Категория {category} ссылается на неизвестные зоны: {zones}</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/loader.py" line="214"/>
        <source>This database has no event yet: run &apos;init&apos; first</source>
        <translation>В этой базе данных ещё нет мероприятия: сначала выполните &apos;init&apos;</translation>
    </message>
    <message>
        <location filename="../../accreditation/installation.py" line="121"/>
        <source>Cannot read the database {shown}: {reason}</source>
        <extracomment>The schema revision this program&apos;s migrations end at. The database shown (a file path, or a URL without its password); None when none was named. The revision the database is at; None when it does not exist yet or has no schema. Where assets, migrations and translations are read from (the bundle&apos;s folder when installed). True in the installed program (PyInstaller bundle), False when run from the source tree. &quot;open mode&quot; or &quot;PINs on (...)&quot;; None when the database has no schema yet. A server database&apos;s replica on this desk (what the desk works from when the server is gone).</extracomment>
        <translation>Не удаётся прочитать базу данных {shown}: {reason}</translation>
    </message>
</context>
<context>
    <name>Delegates</name>
    <message>
        <location filename="../../accreditation/people/fields.py" line="58"/>
        <source>given name</source>
        <extracomment>The person&apos;s own fields the editor and the importer may set; everything else is bookkeeping. The longest text each field stores (the columns&apos; lengths). PostgreSQL refuses longer text with an error and SQLite would keep it, so both get the same clear refusal here, before anything is written.</extracomment>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="59"/>
        <source>family name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="60"/>
        <source>Persian name</source>
        <translation>имя на персидском</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="61"/>
        <source>name in the native script</source>
        <translation>имя в родном письме</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="62"/>
        <source>title in English</source>
        <translation>должность на английском</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="63"/>
        <source>title in Persian</source>
        <translation>должность на персидском</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="64"/>
        <source>title in Russian</source>
        <translation>должность на русском</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="65"/>
        <source>gender</source>
        <translation>пол</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="66"/>
        <source>nationality</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="67"/>
        <source>passport number</source>
        <translation>номер паспорта</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="68"/>
        <source>phone number</source>
        <translation>номер телефона</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="69"/>
        <source>email address</source>
        <translation>адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="70"/>
        <source>dietary needs</source>
        <translation>особенности питания</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="71"/>
        <source>language needs</source>
        <translation>языковые потребности</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="72"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/delegates.py" line="54"/>
        <source>The person&apos;s data is not valid.</source>
        <translation>Данные участника недействительны.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/delegates.py" line="66"/>
        <source>Someone else changed this person while you were editing (your copy is version {yours}, the saved one is version {saved}). Reopen the record to see their changes, then make yours again.</source>
        <translation>Пока вы редактировали, данные этого участника изменил кто-то другой (ваша копия — версия {yours}, сохранённая — версия {saved}). Откройте запись заново, чтобы увидеть изменения, и внесите свои ещё раз.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="136"/>
        <source>The {field} is {length} characters long; at most {limit} fit on the record and the badge.</source>
        <extracomment>Letters of the Latin script, ASCII or not (Azerbaijani ə ş ğ, Turkmen ň ý ž). The field is empty and must not be: a form may hold this back until the field has been visited.</extracomment>
        <translation>Поле «{field}» длиной {length} знаков; в запись и на бейдж помещается не более {limit}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="149"/>
        <source>The Latin name is missing: type it in Latin letters exactly as the passport prints it.</source>
        <translation>Не указано имя латиницей: введите его латинскими буквами точно так, как оно напечатано в паспорте.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="160"/>
        <source>The given name in Latin letters is missing.</source>
        <translation>Не указано имя латиницей.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="168"/>
        <source>The family name is missing; the passport form needs one.</source>
        <translation>Не указана фамилия; она нужна для паспортного написания имени.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="178"/>
        <source>«{value}» is not written in Latin letters as in the passport.</source>
        <translation>«{value}» написано не латиницей, как в паспорте.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="187"/>
        <source>«{value}» is not an email address.</source>
        <translation>«{value}» — не адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="196"/>
        <source>«{value}» is not a phone number (7 to 15 digits).</source>
        <translation>«{value}» — не номер телефона (от 7 до 15 цифр).</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="207"/>
        <source>«{value}» is not a passport number (5 to 20 letters and digits).</source>
        <translation>«{value}» — не номер паспорта (от 5 до 20 букв и цифр).</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="219"/>
        <source>The departure is before the arrival.</source>
        <translation>Дата отъезда раньше даты прибытия.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="229"/>
        <source>«{value}» is not a gender this system knows (M, F or X).</source>
        <translation>«{value}» — не пол, известный системе (M, F или X).</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/fields.py" line="236"/>
        <source>The category is missing.</source>
        <translation>Не указана категория.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/delegates.py" line="134"/>
        <source>There is no region with id {id}.</source>
        <translation>Региона с номером {id} нет.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/delegates.py" line="250"/>
        <source>There is no person with id {id}.</source>
        <extracomment>What a new person&apos;s fields are when the data leaves them out: one key set for every row, so a bulk insert is one batched statement. The fields a new person&apos;s audit entry lists (the insert row also holds ids, timestamps and sort keys).</extracomment>
        <translation>Участника с номером {id} нет.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../accreditation/passports/checks.py" line="69"/>
        <source>The document expired on {expiry}.</source>
        <translation>Срок действия документа истёк {expiry}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/checks.py" line="76"/>
        <source>The document expires on {expiry}, before the event ends ({end}).</source>
        <translation>Срок действия документа истекает {expiry}, до окончания мероприятия ({end}).</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/checks.py" line="86"/>
        <source>The document expires on {expiry}, less than six months after the event (needed until {limit} by many border controls).</source>
        <translation>Срок действия документа истекает {expiry}, менее чем через шесть месяцев после мероприятия (многие пограничные службы требуют действия до {limit}).</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/checks.py" line="105"/>
        <source>The nationality {nationality} is not the delegation&apos;s country ({country}).</source>
        <translation>Гражданство {nationality} не совпадает со страной делегации ({country}).</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../accreditation/intake/export.py" line="109"/>
        <source>There is no region «{region_code}»; use one of: {value}.</source>
        <extracomment>Characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula. Exported columns: the importer&apos;s canonical headers (no photo), then the record&apos;s own state.</extracomment>
        <translation>Региона «{region_code}» нет; используйте один из: {value}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/export.py" line="202"/>
        <source>Cannot export to «{name}»: the file name must end in .csv, .xlsx or .pdf.</source>
        <translation>Невозможно экспортировать в «{name}»: имя файла должно оканчиваться на .csv, .xlsx или .pdf.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/export.py" line="208"/>
        <source>Cannot export: the folder {parent} does not exist.</source>
        <translation>Экспорт невозможен: папки {parent} нет.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/export.py" line="232"/>
        <source>Cannot write {path}: it is open in another program or the folder is read-only.</source>
        <translation>Не удаётся записать {path}: файл открыт в другой программе или папка доступна только для чтения.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/delegation_pdf.py" line="204"/>
        <source>There is no region «{region_code}».</source>
        <extracomment>Page number within the current region&apos;s list, for the footer.</extracomment>
        <translation>Региона «{region_code}» нет.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/delegation_pdf.py" line="217"/>
        <source>No installed font can print {value}; install one (e.g. Noto) and try again.</source>
        <translation>Ни один установленный шрифт не может напечатать {value}; установите шрифт (например, Noto) и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/delegation_pdf.py" line="227"/>
        <source>No region has anyone registered yet; there is no delegation list to print.</source>
        <translation>Ни в одном регионе ещё никто не зарегистрирован; печатать список делегации нечего.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../accreditation/intake/headers.py" line="318"/>
        <source>Column «{header}» repeats a column already read as {field}; it is ignored.</source>
        <extracomment>The importer&apos;s own columns, in the order an export writes them. Columns the importer understands beyond the canonical ones: name parts in other scripts, a patronymic (kept in the native name, never taken for a family name), and columns read but not stored. Fields that are checked but deliberately not stored (the model keeps no birth date or national id). True when this came from a mapping the desk saved for a file of the same shape.</extracomment>
        <translation>Столбец «{header}» повторяет столбец, уже прочитанный как {field}; он пропущен.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/outcome.py" line="87"/>
        <source>row {row}</source>
        <extracomment>The region for rows that name none (``--region``); a region column in the file wins. The category for rows that name none: a region&apos;s list is its official delegation. When the file has no region column and no region was chosen, try the file name (astrakhan.csv). Load photos named in a ``photo`` column or found in a folder beside the file. Delegate fields as :mod:`accreditation.people.delegates` takes them (plus ``region_id``). Fields given a value by a default (the file&apos;s category or the region&apos;s nationality), not the file. The person already in the database this row updates.</extracomment>
        <translation>строка {row}</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/row_reader.py" line="181"/>
        <source>The Latin name {latin} was derived from «{native}» by the ICAO passport table; check it against the passport.</source>
        <extracomment>The service&apos;s field names as the file&apos;s canonical column names, for problem reports. The longest organization name the database keeps (PostgreSQL refuses a longer one).</extracomment>
        <translation>Латинское имя {latin} получено из «{native}» по паспортной таблице ИКАО; сверьте его с паспортом.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/row_reader.py" line="242"/>
        <source>No category given, and the default «{code}» does not exist.</source>
        <translation>Категория не указана, а категории по умолчанию «{code}» не существует.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/row_reader.py" line="257"/>
        <source>«{value}» is not a country code (RU, AZ, IR...) or country name.</source>
        <translation>«{value}» — не код страны (RU, AZ, IR...) и не название страны.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/row_reader.py" line="268"/>
        <source>The organization&apos;s name is {length} characters long; at most {limit} fit.</source>
        <translation>Название организации длиной {length} знаков; помещается не более {limit}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/photos.py" line="84"/>
        <source>{problem} The person is imported without it.</source>
        <translation>{problem} Человек импортируется без фотографии.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="64"/>
        <source>The column mapping does not fit this file&apos;s columns; map the columns again.</source>
        <extracomment>Columns that can carry a person&apos;s name; a file with none of them is not a list of people.</extracomment>
        <translation>Сопоставление столбцов не подходит к столбцам этого файла; сопоставьте столбцы заново.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="68"/>
        <source>No column of this file holds names. Map the columns (given_name, family_name ...) and try again.</source>
        <translation>Ни в одном столбце этого файла нет имён. Сопоставьте столбцы (given_name, family_name ...) и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="95"/>
        <source>Read {count} rows ({how}).</source>
        <translation>Прочитано строк: {count} ({how}).</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="104"/>
        <source>There is no region «{code}»; use one of: {codes}.</source>
        <translation>Региона «{code}» нет; используйте один из: {codes}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="112"/>
        <source>The file has no region column; its name says «{code}», so its people join that region&apos;s delegation. Choose another region if that is wrong.</source>
        <translation>В файле нет столбца региона; его имя указывает на «{code}», поэтому его участники войдут в делегацию этого региона. Если это неверно, выберите другой регион.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="121"/>
        <source>The file has no category column; its people are registered as «{code}».</source>
        <translation>В файле нет столбца категории; его участники регистрируются как «{code}».</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="130"/>
        <source>{column} is not stored: the accreditation keeps no birth dates or national ID numbers (an impossible birth date is still reported).</source>
        <translation>{column} не сохраняется: система аккредитации не хранит даты рождения и номера национальных удостоверений (невозможная дата рождения всё равно отмечается).</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="136"/>
        <source>{column} and {other} are not stored: the accreditation keeps no birth dates or national ID numbers (an impossible birth date is still reported).</source>
        <translation>{column} и {other} не сохраняются: система аккредитации не хранит даты рождения и номера национальных удостоверений (невозможная дата рождения всё равно отмечается).</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="145"/>
        <source>Columns not imported (map them if they matter): {columns}.</source>
        <translation>Неимпортированные столбцы (сопоставьте их, если они важны): {columns}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="185"/>
        <source>Repeats row {row} (the same passport number); only the first is imported.</source>
        <extracomment>(region, name key) -&gt; (first row, its passport number): a name repeats only if one side has none.</extracomment>
        <translation>Повторяет строку {row} (тот же номер паспорта); импортируется только первая.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="190"/>
        <source>Repeats row {row} (the same name in the same region); only the first is imported.</source>
        <translation>Повторяет строку {row} (то же имя в том же регионе); импортируется только первая.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="207"/>
        <source>Already registered as person #{id} (cancelled) with the same passport number: this row updates that person.</source>
        <translation>Уже зарегистрирован как участник #{id} (аннулирован) с тем же номером паспорта: эта строка обновит его данные.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="213"/>
        <source>Already registered as person #{id} with the same passport number: this row updates that person.</source>
        <translation>Уже зарегистрирован как участник #{id} с тем же номером паспорта: эта строка обновит его данные.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="219"/>
        <source>Already registered as person #{id} (cancelled) with the same name in the same region: this row updates that person.</source>
        <translation>Уже зарегистрирован как участник #{id} (аннулирован) с тем же именем в том же регионе: эта строка обновит его данные.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/preview.py" line="225"/>
        <source>Already registered as person #{id} with the same name in the same region: this row updates that person.</source>
        <translation>Уже зарегистрирован как участник #{id} с тем же именем в том же регионе: эта строка обновит его данные.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="63"/>
        <source>encoding {encoding}</source>
        <extracomment>Encodings tried when there is no byte-order mark, after strict UTF-8 fails. The largest list accepted. A summit&apos;s whole list (10,000 people) is about 4 MB as CSV; a file 2.5 times that is a wrong file or an attack, and reading one whole (as the preview needs) would cost the desk PC several hundred MB. Refused before anything is read. The same for an XLSX once unpacked (its XML is ~10 times its CSV): a small zip can hide gigabytes. Rows above the header that a region may have added (a title, the date): how far to look for it.</extracomment>
        <translation>кодировка {encoding}</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="66"/>
        <source>separator tab</source>
        <translation>разделитель — табуляция</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="67"/>
        <source>separator comma</source>
        <translation>разделитель — запятая</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="68"/>
        <source>separator semicolon</source>
        <translation>разделитель — точка с запятой</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="72"/>
        <source>sheet «{sheet}»</source>
        <translation>лист «{sheet}»</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="73"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="191"/>
        <location filename="../../accreditation/intake/reading.py" line="536"/>
        <source>The file</source>
        <extracomment>Cyrillic letters of Serbian, Macedonian and Belarusian: Windows-1251 has them where Windows-1256 has common Persian letters, so in a Russian or Kazakh list they are a sign of the wrong code page.
----------
&quot;AB&quot; -&gt; 27: a cell reference&apos;s letters repeat on every row, so each is worked out once.</extracomment>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="193"/>
        <source>{file} cannot be read as a list: line {line} has a cell of more than {limit} characters. Check that this is the right file.</source>
        <translation>{file} не читается как список: в строке {line} есть ячейка длиннее {limit} знаков. Проверьте, тот ли это файл.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="237"/>
        <source>{file} unpacks to {size} MB; workbooks over {limit} MB unpacked are not accepted. Check that this is the right file, or split it by region.</source>
        <translation>{file} в распакованном виде занимает {size} МБ; книги больше {limit} МБ в распакованном виде не принимаются. Проверьте, тот ли это файл, или разделите его по регионам.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="267"/>
        <source>{file} cannot be read as an Excel workbook: {reason}</source>
        <translation>{file} не читается как книга Excel: {reason}</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="278"/>
        <source>{file} has no data in any sheet.</source>
        <translation>В {file} нет данных ни на одном листе.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="537"/>
        <source>{file} is empty.</source>
        <translation>{file} пуст.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="564"/>
        <source>{file} is {size} MB; delegation lists over {limit} MB are not accepted (10,000 people take about 4 MB). Check that this is the right file, or split it by region.</source>
        <translation>{file} занимает {size} МБ; списки делегаций больше {limit} МБ не принимаются (10 000 человек — около 4 МБ). Проверьте, тот ли это файл, или разделите его по регионам.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="576"/>
        <source>There is no file {path}.</source>
        <translation>Файла {path} нет.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="579"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>Не удаётся прочитать {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/reading.py" line="585"/>
        <source>{file} is an old Excel (.xls) file; save it as .xlsx or CSV and import that.</source>
        <translation>{file} — файл старого формата Excel (.xls); сохраните его как .xlsx или CSV и импортируйте его.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/values.py" line="138"/>
        <source>«{value}» is not a date; write it as 2025-11-18, 18.11.2025 or ۱۴۰۴/۰۸/۲۷.</source>
        <extracomment>A leading apostrophe our own export (and Excel users) put before = + - @ to stop formulas. Years this far back are Solar Hijri: 1300-1499 SH is 1921-2121 AD, and no one alive was born in 1400 AD.</extracomment>
        <translation>«{value}» — не дата; запишите её как 18.11.2025, 2025-11-18 или ۱۴۰۴/۰۸/۲۷.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/values.py" line="146"/>
        <source>«{value}» is not a real date: the Solar Hijri calendar has no month {month}.</source>
        <translation>«{value}» — несуществующая дата: в солнечном календаре хиджры нет месяца {month}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/values.py" line="154"/>
        <source>«{value}» is not a real date: month {month} of {year} has no day {day}.</source>
        <translation>«{value}» — несуществующая дата: в месяце {month} {year} года нет дня {day}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/values.py" line="161"/>
        <source>«{value}» looks like a Solar Hijri date; write it year first: {date}.</source>
        <translation>«{value}» похоже на дату по солнечной хиджре; запишите её, начиная с года: {date}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/values.py" line="167"/>
        <source>«{value}» is not a real date: there is no month {month}.</source>
        <translation>«{value}» — несуществующая дата: месяца {month} не бывает.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/values.py" line="176"/>
        <source>«{value}» has an impossible time of day.</source>
        <translation>В «{value}» невозможное время суток.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/values.py" line="179"/>
        <source>«{value}» is not a real date: month {month} has no day {day}.</source>
        <translation>«{value}» — несуществующая дата: в месяце {month} нет дня {day}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/values.py" line="249"/>
        <source>«{value}» is not a gender this list understands; use M or F.</source>
        <translation>«{value}» — не пол, понятный этому списку; укажите M или F.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/values.py" line="343"/>
        <source>«{value}» is not a known region; use one of: {codes}.</source>
        <extracomment>Words the regions write in a category column that are not a category&apos;s own name.</extracomment>
        <translation>«{value}» — неизвестный регион; используйте один из: {codes}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/values.py" line="345"/>
        <source>«{value}» is not a known category; use one of: {codes}.</source>
        <translation>«{value}» — неизвестная категория; используйте одну из: {codes}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/intake/writer.py" line="97"/>
        <source>{file}: {bad} of {rows} rows have problems, so nothing was imported. Fix them in the file, or skip those rows (--skip-invalid).</source>
        <extracomment>The kind of organization a guest&apos;s category suggests, for organizations first met in an import.</extracomment>
        <translation>{file}: в {bad} из {rows} строк есть ошибки, поэтому ничего не импортировано. Исправьте их в файле или пропустите эти строки (--skip-invalid).</translation>
    </message>
</context>
<context>
    <name>Passport</name>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="96"/>
        <source>document number</source>
        <extracomment>ISO 3166-1 alpha-2 and alpha-3 pairs, as ICAO 9303 prints nationality and issuing state. Codes ICAO 9303 (Part 3) adds to ISO 3166: Germany&apos;s one letter, the British nationality classes, the United Nations, refugees and stateless persons, organizations, and Utopia of the specimens. The field names an error can carry: a failing check digit names one of the first five.</extracomment>
        <translation>номер документа</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="97"/>
        <source>date of birth</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="98"/>
        <source>expiry date</source>
        <translation>дата окончания срока действия</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="99"/>
        <source>personal number</source>
        <translation>личный номер</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="100"/>
        <source>issuing state</source>
        <translation>государство выдачи</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="101"/>
        <source>nationality</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="195"/>
        <source>The {field} check digit «{digit}» is not a digit.</source>
        <translation>Контрольная цифра поля «{field}» — «{digit}» — не цифра.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="202"/>
        <source>The composite check digit does not match the line: the zone was misread or altered.</source>
        <translation>Общая контрольная цифра не совпадает со строкой: зона прочитана с ошибкой или изменена.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="207"/>
        <source>The {field} does not match its check digit: the zone was misread or altered.</source>
        <translation>Поле «{field}» не совпадает со своей контрольной цифрой: зона прочитана с ошибкой или изменена.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="235"/>
        <location filename="../../accreditation/passports/mrz.py" line="251"/>
        <source>The {field} «{text}» is not a date (YYMMDD).</source>
        <translation>Поле «{field}» — «{text}» — не дата (ГГММДД).</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="264"/>
        <source>The name field is empty.</source>
        <translation>Поле имени пусто.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="267"/>
        <source>The name field holds characters other than letters and fillers.</source>
        <translation>В поле имени есть символы, кроме букв и заполнителей.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="274"/>
        <source>The name field has no family name (it starts with fillers).</source>
        <translation>В поле имени нет фамилии (оно начинается с заполнителей).</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="284"/>
        <source>The {field} «{text}» is not a state or organization code.</source>
        <translation>Поле «{field}» — «{text}» — не код государства или организации.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="297"/>
        <source>The sex «{value}» is not M, F or &lt; (unspecified).</source>
        <translation>Пол «{value}» — не M, F и не &lt; (не указан).</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="305"/>
        <source>The document code «{text}» does not fit this kind of document.</source>
        <translation>Код документа «{text}» не подходит для документа этого вида.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="317"/>
        <source>The document number «{text}» is not well formed.</source>
        <translation>Номер документа «{text}» имеет неверный вид.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="362"/>
        <source>The long document number is not well formed.</source>
        <translation>Длинный номер документа имеет неверный вид.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="448"/>
        <source>Line {number} holds «{bad}», which a machine-readable zone never prints.</source>
        <extracomment>Line count and length of each format.</extracomment>
        <translation>В строке {number} есть «{bad}», чего машиночитаемая зона никогда не содержит.</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="454"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../accreditation/passports/mrz.py" line="457"/>
        <source>Not a machine-readable zone: a passport has two lines of 44 characters, an ID card three of 30 (these lines have {lengths}).</source>
        <translation>Это не машиночитаемая зона: в паспорте две строки по 44 знака, в удостоверении личности — три по 30 (в этих строках {lengths}).</translation>
    </message>
</context>
<context>
    <name>Persian names</name>
    <message>
        <location filename="../../accreditation/people/persian_names.py" line="73"/>
        <source>There is no region with the code {code}.</source>
        <extracomment>The audit action of an accepted Persian name: the trail shows it was reviewed by a person.</extracomment>
        <translation>Нет региона с кодом {code}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/persian_names.py" line="120"/>
        <source>The Persian name is empty: type it, or skip this person.</source>
        <translation>Персидское имя пустое: введите его или пропустите этого человека.</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <location filename="../../accreditation/people/photos.py" line="74"/>
        <source>The crop box is empty; draw it around the face.</source>
        <extracomment>The stored size: enough for a 30x40 mm badge photo at 500 dpi, small enough for thousands of rows. Files larger than this are refused before they are read into memory. Above this the image is refused unread (a decompression bomb or a poster scan, not a portrait). Below this the photo is kept but the desk is warned that it will print blurred. (left, top, right, bottom) as fractions 0..1 of the upright image, so the UI can work on a preview. The upright source size in pixels, for the UI&apos;s crop box. Sentences worth showing (e.g. &quot;The photo is small...&quot;); empty when all is well.</extracomment>
        <translation>Рамка обрезки пуста; обведите ею лицо.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="100"/>
        <source>{name} cannot be opened: the file is missing or unreadable.</source>
        <translation>Не удаётся открыть {name}: файл отсутствует или не читается.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="106"/>
        <source>{name} is {size} MB; photos over 50 MB are not accepted.</source>
        <translation>{name} занимает {size} МБ; фотографии больше 50 МБ не принимаются.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="112"/>
        <source>{name} is an empty file.</source>
        <translation>{name} — пустой файл.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="115"/>
        <source>{name} is over 50 MB; photos that large are not accepted.</source>
        <translation>{name} больше 50 МБ; такие большие фотографии не принимаются.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="123"/>
        <source>{name} is far too large in pixels to be a portrait; please send a smaller one.</source>
        <translation>{name} слишком велико в пикселях для портрета; пришлите, пожалуйста, фотографию меньшего размера.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="129"/>
        <source>{name} is not a picture this program can read (JPEG, PNG, WebP, BMP or TIFF).</source>
        <translation>{name} — не изображение, которое может прочитать программа (JPEG, PNG, WebP, BMP или TIFF).</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="135"/>
        <source>{name} cannot be read: {exc}.</source>
        <translation>Не удаётся прочитать {name}: {exc}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="140"/>
        <source>{name} is {width}×{height} pixels ({megapixels} megapixels); photos over 100 megapixels are not accepted. Please send a smaller one.</source>
        <translation>{name} имеет размер {width}×{height} пикселей ({megapixels} мегапикселей); фотографии больше 100 мегапикселей не принимаются. Пришлите, пожалуйста, фотографию меньшего размера.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="189"/>
        <source>The photo cannot be read: {reason}.</source>
        <translation>Не удаётся прочитать фотографию: {reason}.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="190"/>
        <source>the file is damaged</source>
        <translation>файл повреждён</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="186"/>
        <source>The photo file is incomplete (cut short); ask for the file again.</source>
        <translation>Файл фотографии неполный (обрезан); запросите файл заново.</translation>
    </message>
    <message>
        <location filename="../../accreditation/people/photos.py" line="201"/>
        <source>The photo is small ({width}×{height} pixels after cropping); it may print blurred.</source>
        <translation>Фотография маленькая ({width}×{height} пикселей после обрезки); при печати она может получиться размытой.</translation>
    </message>
</context>
<context>
    <name>Seating</name>
    <message>
        <location filename="../../accreditation/seating/drawing.py" line="109"/>
        <source>Cannot print {who}: no installed font covers {value}; install one (e.g. the Noto fonts) or list it in ACCREDITATION_FONTS</source>
        <extracomment>The colour of a name marked for review on a Persian sheet (no Persian name yet).</extracomment>
        <translation>Невозможно напечатать {who}: ни один установленный шрифт не содержит {value}; установите шрифт (например, Noto) или укажите его в ACCREDITATION_FONTS</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/drawing.py" line="124"/>
        <source>Cannot write {out}: folder {parent} does not exist</source>
        <translation>Не удаётся записать {out}: папки {parent} нет</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/tent_cards.py" line="266"/>
        <source>No cards to print</source>
        <extracomment>The tent card inside an A4 landscape sheet: 5 mm kept for the printer&apos;s margin and the marks. For messages: whose card this is. The person has no Persian name yet: the Persian line shows the Latin name marked for review.</extracomment>
        <translation>Нет табличек для печати</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/chart.py" line="199"/>
        <source>Unknown page size {page} (use {value})</source>
        <translation>Неизвестный формат страницы {page} (используйте {value})</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/slips.py" line="121"/>
        <source>Nobody is seated yet: arrange the plan first</source>
        <translation>Ещё никто не рассажен: сначала составьте план рассадки</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/rooms.py" line="454"/>
        <source>Unknown room shape &apos;{shape}&apos; (known: {value})</source>
        <extracomment>Seat roles the arrangement understands.</extracomment>
        <translation>Неизвестная форма зала &apos;{shape}&apos; (известные: {value})</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/rooms.py" line="470"/>
        <source>Room {code}: {exc}</source>
        <translation>Зал {code}: {exc}</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/rooms.py" line="478"/>
        <source>A room needs &apos;{key}&apos;: {dumps}</source>
        <translation>Для зала нужно &apos;{key}&apos;: {dumps}</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/rooms.py" line="487"/>
        <source>Room {data} lists a seat label twice</source>
        <translation>В зале {data} номер места указан дважды</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/rooms.py" line="515"/>
        <source>Cannot read room file {path}: {exc}</source>
        <translation>Не удаётся прочитать файл зала {path}: {exc}</translation>
    </message>
    <message>
        <location filename="../../accreditation/event/rooms.py" line="518"/>
        <source>Room file {path} must hold one JSON object</source>
        <translation>Файл зала {path} должен содержать один объект JSON</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/plans.py" line="31"/>
        <source>No session with code &apos;{code}&apos; (known: {codes})</source>
        <translation>Нет заседания с кодом &apos;{code}&apos; (известные: {codes})</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/plans.py" line="43"/>
        <source>No room with code &apos;{code}&apos; (known: {codes})</source>
        <translation>Нет зала с кодом &apos;{code}&apos; (известные: {codes})</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/plans.py" line="60"/>
        <source>Session &apos;{code}&apos; has no room: give one with --room</source>
        <translation>У заседания &apos;{code}&apos; нет зала: укажите его через --room</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/plans.py" line="93"/>
        <source>Unknown precedence &apos;{precedence}&apos; (known: {value})</source>
        <translation>Неизвестный порядок старшинства &apos;{precedence}&apos; (известные: {value})</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/plans.py" line="101"/>
        <source>Alphabetical order in &apos;{language}&apos; is not supported (use fa, en or ru)</source>
        <translation>Алфавитный порядок для языка &apos;{language}&apos; не поддерживается (используйте fa, en или ru)</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/plans.py" line="120"/>
        <source>Room {code} has no seat &apos;{label}&apos;</source>
        <translation>В зале {code} нет места &apos;{label}&apos;</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/plans.py" line="143"/>
        <source>Seat {label} is locked: unlock it first</source>
        <translation>Место {label} закреплено: сначала снимите закрепление</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/plans.py" line="145"/>
        <source>This person&apos;s seat is locked: unlock it first</source>
        <translation>Место этого участника закреплено: сначала снимите закрепление</translation>
    </message>
    <message>
        <location filename="../../accreditation/seating/plans.py" line="219"/>
        <source>Say who the seat is reserved for</source>
        <translation>Укажите, для кого забронировано место</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../accreditation/cli/main.py" line="91"/>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words: it asks gettext for them each time it prints, so they are marked here for lupdate and handed to it translated (see :func:`_argparse_speaks_our_language`).</extracomment>
        <translation>использование: </translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="92"/>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="93"/>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="94"/>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="95"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="96"/>
        <source>the following arguments are required: %s</source>
        <translation>необходимо указать аргументы: %s</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="97"/>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="98"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="99"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="100"/>
        <source>expected one argument</source>
        <translation>ожидается один аргумент</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="101"/>
        <source>expected at least one argument</source>
        <translation>ожидается хотя бы один аргумент</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="102"/>
        <source>expected at most one argument</source>
        <translation>ожидается не более одного аргумента</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="103"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение типа %(type)s: %(value)r</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="104"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="105"/>
        <source>one of the arguments %s is required</source>
        <translation>необходимо указать один из аргументов %s</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="106"/>
        <source>not allowed with argument %s</source>
        <translation>нельзя использовать вместе с аргументом %s</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="107"/>
        <source>ignored explicit argument %r</source>
        <translation>явный аргумент %r проигнорирован</translation>
    </message>
    <message>
        <location filename="../../accreditation/cli/main.py" line="108"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>не удаётся открыть &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
</TS>
