<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="120"/>
        <source>Cannot do that</source>
        <extracomment>For the installer&apos;s smoke test (packaging/smoke_test.py): close the window this many milliseconds after it showed, saving a picture of it first to the PNG file named by SMOKE_SCREENSHOT_ENV if that is set.</extracomment>
        <translation>این کار ممکن نیست</translation>
    </message>
    <message>
        <location filename="../app.py" line="124"/>
        <source>The server does not answer</source>
        <translation>سرور پاسخ نمی‌دهد</translation>
    </message>
    <message>
        <location filename="../app.py" line="129"/>
        <source>Something went wrong</source>
        <translation>مشکلی پیش آمد</translation>
    </message>
    <message>
        <location filename="../app.py" line="130"/>
        <source>The last action could not be completed. Your saved work is safe. Details were written to the log file:</source>
        <translation>آخرین کار انجام نشد. کارهای ذخیره‌شدهٔ شما سالم است. جزئیات در پروندهٔ گزارش نوشته شد:</translation>
    </message>
    <message>
        <location filename="../app.py" line="140"/>
        <source>The server does not answer, and this needs it. Check-in and printing badges already issued go on from this desk&apos;s copy and reach the server when it is back.</source>
        <translation>سرور پاسخ نمی‌دهد و این کار به آن نیاز دارد. پذیرش و چاپ کارت‌هایی که پیش‌تر صادر شده‌اند با نسخهٔ محلی این میز ادامه می‌یابد و وقتی سرور برگشت به آن می‌رسد.</translation>
    </message>
    <message>
        <location filename="../app.py" line="213"/>
        <source>Saving today&apos;s backup of the database… %1%</source>
        <extracomment>What the screens need and the first screen does not (reportlab, Pillow, openpyxl...): the menus import their screens when first opened, and these core modules are loaded on the thread pool once the first screen of people is drawn, so the first Print or Import does not wait for them either. Only the core, which never touches Qt, is imported off the UI thread.</extracomment>
        <translation>در حال ذخیرهٔ پشتیبان امروز از پایگاه داده… %1٪</translation>
    </message>
    <message>
        <location filename="../app.py" line="230"/>
        <source>Today&apos;s backup could not be saved: see the log file.</source>
        <translation>پشتیبان امروز ذخیره نشد: پرونده گزارش را ببینید.</translation>
    </message>
    <message>
        <location filename="../app.py" line="232"/>
        <source>Today&apos;s backup is saved: %1</source>
        <translation>پشتیبان امروز ذخیره شد: %1</translation>
    </message>
    <message>
        <location filename="../app.py" line="261"/>
        <source>Cannot open the database</source>
        <extracomment>What the window was opened on (a server&apos;s URL even while the window shows its replica).</extracomment>
        <translation>پایگاه داده باز نشد</translation>
    </message>
    <message>
        <location filename="../app.py" line="311"/>
        <source>The server is back: close the other windows to reopen on it.</source>
        <translation>سرور برگشته است: پنجره‌های دیگر را ببندید تا برنامه روی سرور باز شود.</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../approval/model.py" line="122"/>
        <source>photo</source>
        <extracomment>The state filter&apos;s choices: (key, which rows). the newest approval action on the person (&quot;approve&quot;, &quot;send-back&quot;, &quot;unapprove&quot;...) and its reason</extracomment>
        <translation>عکس</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="131"/>
        <source>approved</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="132"/>
        <source>rejected</source>
        <translation>رد</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="133"/>
        <source>sent back for information</source>
        <translation>بازگشت برای تکمیل اطلاعات</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="134"/>
        <source>changed after approval</source>
        <translation>تغییر پس از تأیید</translation>
    </message>
    <message>
        <location filename="../approval/menu.py" line="25"/>
        <source>&amp;Protocol</source>
        <translation>&amp;تشریفات</translation>
    </message>
    <message>
        <location filename="../approval/menu.py" line="27"/>
        <source>&amp;Approval queue…</source>
        <translation>&amp;صف تأیید…</translation>
    </message>
</context>
<context>
    <name>ApprovalQueueModel</name>
    <message>
        <location filename="../approval/model.py" line="151"/>
        <source>#</source>
        <extracomment>The role the queue&apos;s sort proxy compares: an alphabetical key (see ``collation.sort_string``).</extracomment>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="152"/>
        <source>Name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="153"/>
        <source>Persian name</source>
        <translation>نام فارسی</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="154"/>
        <source>Region or organization</source>
        <translation>استان یا سازمان</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="155"/>
        <source>Category</source>
        <translation>رده</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="156"/>
        <source>Nationality</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="157"/>
        <source>Passport</source>
        <translation>گذرنامه</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="158"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="159"/>
        <source>Last decision</source>
        <translation>آخرین تصمیم</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="232"/>
        <source>By %1</source>
        <translation>توسط %1</translation>
    </message>
</context>
<context>
    <name>ApprovalQueueWindow</name>
    <message>
        <location filename="../approval/window.py" line="77"/>
        <source>Approval queue</source>
        <extracomment>Emitted with the ids a decision changed, once it is committed. Emitted after the rows were (re)loaded. a callable giving the operator&apos;s name (asked once per shift), or None when nobody signs in</extracomment>
        <translation>صف تأیید</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="97"/>
        <source>Waiting for approval</source>
        <translation>در انتظار تأیید</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="98"/>
        <source>Sent back for information</source>
        <translation>بازگردانده برای تکمیل اطلاعات</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="99"/>
        <source>Changed after approval</source>
        <translation>تغییریافته پس از تأیید</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="100"/>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="101"/>
        <source>Rejected or cancelled</source>
        <translation>ردشده یا لغوشده</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="102"/>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="107"/>
        <source>All regions</source>
        <translation>همهٔ استان‌ها</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="112"/>
        <source>All categories</source>
        <translation>همهٔ رده‌ها</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="119"/>
        <source>Show:</source>
        <translation>نمایش:</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="120"/>
        <source>Region:</source>
        <translation>استان:</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="121"/>
        <source>Category:</source>
        <translation>رده:</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="142"/>
        <source>Approve selected</source>
        <translation>تأیید افراد انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="144"/>
        <source>Send back for information…</source>
        <translation>بازگرداندن برای تکمیل اطلاعات…</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="146"/>
        <source>Reject…</source>
        <translation>رد درخواست…</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="148"/>
        <source>Refresh</source>
        <translation>بازخوانی</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="190"/>
        <source>The queue could not be read. Details are in the log file.</source>
        <translation>صف خوانده نشد. جزئیات در پروندهٔ گزارش آمده است.</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="203"/>
        <source>%1 shown, %2 waiting for approval</source>
        <translation>%1 نفر نمایش داده شده، %2 نفر در انتظار تأیید</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="228"/>
        <source>Nothing was decided: the operator&apos;s name is needed for the record.</source>
        <translation>تصمیمی ثبت نشد: برای ثبت در سوابق، نام متصدی لازم است.</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="241"/>
        <source>Nothing was decided: %1</source>
        <translation>تصمیمی ثبت نشد: %1</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="245"/>
        <source>%1 approved.</source>
        <translation>%1 نفر تأیید شدند.</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="246"/>
        <source>%1 rejected.</source>
        <translation>درخواست %1 نفر رد شد.</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="247"/>
        <source>%1 sent back for information.</source>
        <translation>%1 نفر برای تکمیل اطلاعات بازگردانده شدند.</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="276"/>
        <source>Reject accreditation</source>
        <translation>رد اعتبارنامه</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="277"/>
        <source>Why is the accreditation refused? The reason is kept with the decision.</source>
        <translation>دلیل رد اعتبارنامه چیست؟ این دلیل همراه با تصمیم نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="284"/>
        <source>Send back for information</source>
        <translation>بازگرداندن برای تکمیل اطلاعات</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="285"/>
        <source>What information is missing? The desk sees it next to the person.</source>
        <translation>چه اطلاعاتی کم است؟ میز پذیرش آن را کنار نام فرد می‌بیند.</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <location filename="../dashboard.py" line="75"/>
        <source>No figures yet</source>
        <translation>هنوز آماری نیست</translation>
    </message>
</context>
<context>
    <name>AuditExportDialog</name>
    <message>
        <location filename="../intake/export_dialogs.py" line="89"/>
        <source>Export audit trail</source>
        <translation>خروجی سوابق تغییرات</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="91"/>
        <source>Every change to every record</source>
        <translation>همهٔ تغییرات همهٔ سوابق</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="92"/>
        <source>Only %1&apos;s changes</source>
        <translation>فقط تغییرات %1</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="105"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="111"/>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="119"/>
        <source>Export to</source>
        <translation>ذخیرهٔ خروجی در</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="119"/>
        <source>CSV (*.csv)</source>
        <translation>پروندهٔ CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BadgeActions</name>
    <message>
        <location filename="../badges/menu.py" line="38"/>
        <source>&amp;Badges</source>
        <translation>&amp;کارت‌ها</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="40"/>
        <source>&amp;Print badges…</source>
        <translation>&amp;چاپ کارت‌ها…</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="45"/>
        <source>Print &amp;queue…</source>
        <translation>&amp;صف چاپ…</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="50"/>
        <source>&amp;Reissue badge…</source>
        <translation>صدور &amp;مجدد کارت…</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="65"/>
        <source>Print badge…</source>
        <translation>چاپ کارت…</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="68"/>
        <source>Reissue badge…</source>
        <translation>صدور مجدد کارت…</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="143"/>
        <source>No person selected</source>
        <translation>کسی انتخاب نشده است</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="143"/>
        <source>Select a person in the table first.</source>
        <translation>ابتدا یک نفر را در جدول انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="154"/>
        <source>No badge to reissue</source>
        <translation>کارتی برای صدور مجدد نیست</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="155"/>
        <source>%1 has no badge yet: print one with Badges › Print badges…</source>
        <translation>برای %1 هنوز کارتی صادر نشده است؛ آن را از «کارت‌ها › چاپ کارت‌ها…» چاپ کنید.</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="188"/>
        <source>Not reissued</source>
        <translation>کارت مجدداً صادر نشد</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="192"/>
        <source>Badge %1 of %2 is now version %3; version %4 is revoked (%5) and refused at every door.

Print the new badge now?</source>
        <translation>کارت %1 متعلق به %2 اکنون نسخهٔ %3 است؛ نسخهٔ %4 باطل شد (%5) و در هیچ ورودی پذیرفته نمی‌شود.

کارت جدید همین حالا چاپ شود؟</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="200"/>
        <source>Badge reissued</source>
        <translation>کارت مجدداً صادر شد</translation>
    </message>
</context>
<context>
    <name>BadgePrint</name>
    <message>
        <location filename="../badges/printing.py" line="45"/>
        <source>The program that shows and prints PDF pages (pdftoppm, from poppler-utils) is not installed. Save the PDF instead and print it from a PDF viewer.</source>
        <extracomment>The highest resolution pages are rasterized at for a printer (badge printers are 300 dpi, lasers 600).</extracomment>
        <translation>برنامه‌ای که صفحه‌های PDF را نمایش می‌دهد و چاپ می‌کند (pdftoppm از بستهٔ poppler-utils) نصب نیست. به‌جای آن، PDF را ذخیره و از یک نمایشگر PDF چاپ کنید.</translation>
    </message>
    <message>
        <location filename="../badges/printing.py" line="145"/>
        <source>The printer could not start the job (is it switched on?).</source>
        <translation>چاپگر کار چاپ را آغاز نکرد (آیا روشن است؟).</translation>
    </message>
    <message>
        <location filename="../badges/printing.py" line="151"/>
        <source>The printer refused a new page.</source>
        <translation>چاپگر صفحهٔ جدید را نپذیرفت.</translation>
    </message>
    <message>
        <location filename="../badges/printing.py" line="162"/>
        <source>The printer reported an error; nothing was marked printed.</source>
        <translation>چاپگر خطا گزارش کرد؛ هیچ کارتی «چاپ‌شده» علامت نخورد.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="71"/>
        <source>%1 — page %2 × %3 mm, %4 a page</source>
        <translation>%1 — صفحهٔ %2 × %3 میلی‌متر، %4 کارت در هر صفحه</translation>
    </message>
    <message>
        <location filename="../badges/preview.py" line="88"/>
        <source>Nobody to print: the selection is empty.</source>
        <extracomment>Pages rasterized for the preview: enough to check a region&apos;s badges one by one; a run of a thousand badges is still rendered (and printed) whole, and the preview says how many pages it does not show. Screen resolution of the preview&apos;s pages: 96 dpi shows a page at its real size on a common monitor. people the selection left out because protocol has not approved them yet</extracomment>
        <translation>کسی برای چاپ نیست: کسی انتخاب نشده است.</translation>
    </message>
    <message>
        <location filename="../badges/preview.py" line="90"/>
        <source>Nobody to print: everyone chosen is still awaiting approval.</source>
        <translation>کسی برای چاپ نیست: همهٔ افراد انتخاب‌شده هنوز در انتظار تأیید هستند.</translation>
    </message>
</context>
<context>
    <name>BadgeQueue</name>
    <message>
        <location filename="../badges/queue.py" line="116"/>
        <source>Issued</source>
        <extracomment>The name in the reader&apos;s script first (Persian, Cyrillic where there is one, else Latin), then the others.</extracomment>
        <translation>صادرشده</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="117"/>
        <source>Printed</source>
        <translation>چاپ‌شده</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="118"/>
        <source>Collected</source>
        <translation>تحویل‌شده</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="121"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="122"/>
        <source>Other names</source>
        <translation>نام‌های دیگر</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="123"/>
        <source>Region / organization</source>
        <translation>استان / سازمان</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="124"/>
        <source>Category</source>
        <translation>رده</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="125"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="126"/>
        <source>Badge</source>
        <translation>کارت</translation>
    </message>
</context>
<context>
    <name>BadgeReason</name>
    <message>
        <location filename="../badges/reissue.py" line="23"/>
        <source>lost</source>
        <translation>مفقود شده</translation>
    </message>
    <message>
        <location filename="../badges/reissue.py" line="24"/>
        <source>damaged</source>
        <translation>آسیب‌دیده</translation>
    </message>
    <message>
        <location filename="../badges/reissue.py" line="25"/>
        <source>data changed</source>
        <translation>تغییر اطلاعات</translation>
    </message>
    <message>
        <location filename="../badges/reissue.py" line="26"/>
        <source>person cancelled</source>
        <translation>لغو حضور فرد</translation>
    </message>
</context>
<context>
    <name>BadgeStatus</name>
    <message>
        <location filename="../labels.py" line="33"/>
        <source>issued</source>
        <translation>صادرشده</translation>
    </message>
    <message>
        <location filename="../labels.py" line="34"/>
        <source>printed</source>
        <translation>چاپ‌شده</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>collected</source>
        <translation>تحویل‌شده</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36"/>
        <source>revoked</source>
        <translation>باطل‌شده</translation>
    </message>
</context>
<context>
    <name>CancelPersonDialog</name>
    <message>
        <location filename="../editor/cancel_person.py" line="14"/>
        <location filename="../editor/cancel_person.py" line="29"/>
        <source>Cancel this person</source>
        <translation>لغو حضور این فرد</translation>
    </message>
    <message>
        <location filename="../editor/cancel_person.py" line="18"/>
        <source>%1 will be marked as cancelled; the record and its history are kept and their badge stops working.</source>
        <translation>حضور %1 لغو می‌شود؛ پرونده و سوابق او نگه داشته می‌شود و کارتش از اعتبار می‌افتد.</translation>
    </message>
    <message>
        <location filename="../editor/cancel_person.py" line="25"/>
        <source>Reason (for example: the region withdrew this person)</source>
        <translation>دلیل (برای نمونه: استان حضور این فرد را لغو کرد)</translation>
    </message>
    <message>
        <location filename="../editor/cancel_person.py" line="32"/>
        <source>Keep</source>
        <translation>لغو نشود</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../checkin/menu.py" line="24"/>
        <source>&amp;Check-in</source>
        <translation>پ&amp;ذیرش</translation>
    </message>
    <message>
        <location filename="../checkin/menu.py" line="28"/>
        <source>Check-in &amp;desk…</source>
        <translation>&amp;میز پذیرش…</translation>
    </message>
    <message>
        <location filename="../checkin/menu.py" line="30"/>
        <source>D&amp;oor…</source>
        <translation>کنترل &amp;ورودی…</translation>
    </message>
    <message>
        <location filename="../checkin/menu.py" line="32"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;پیشخوان تشریفات…</translation>
    </message>
</context>
<context>
    <name>CheckInWindow</name>
    <message>
        <location filename="../checkin/window.py" line="109"/>
        <source>Door check</source>
        <extracomment>Emitted after each recorded verdict (the outcome), for the dashboard and tests. Emitted when a scan could not be recorded (the message shown). A desk on a server: scans and prints go to the server, or to the desk&apos;s replica without it. A fixed moment for rehearsals and tests (event local time); None follows the clock.</extracomment>
        <translation>کنترل ورودی</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="109"/>
        <source>Check-in desk</source>
        <translation>میز پذیرش</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="125"/>
        <source>Sound</source>
        <translation>صدا</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="131"/>
        <source>Door:</source>
        <translation>ورودی:</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="131"/>
        <source>Desk:</source>
        <translation>میز:</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="134"/>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="147"/>
        <source>Nobody chosen</source>
        <translation>کسی انتخاب نشده است</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="150"/>
        <source>Check in</source>
        <translation>ثبت ورود</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="154"/>
        <source>Print badge…</source>
        <translation>چاپ کارت…</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="161"/>
        <source>Person without a badge: find by name</source>
        <translation>فرد بدون کارت: جست‌وجو با نام</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="178"/>
        <source>Undo this check-in…</source>
        <translation>لغو این ثبت ورود…</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="182"/>
        <source>Recent scans</source>
        <translation>اسکن‌های اخیر</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="199"/>
        <source>Dismiss</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="232"/>
        <source>Operator: %1</source>
        <translation>متصدی: %1</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="232"/>
        <source>Operator: —</source>
        <translation>متصدی: —</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="308"/>
        <source>Recording…</source>
        <translation>در حال ثبت…</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="329"/>
        <source>The scan could not be recorded. Scan the badge again; if it fails again, call the supervisor. Details are in the log file.</source>
        <translation>اسکن ثبت نشد. کارت را دوباره اسکن کنید؛ اگر باز هم ثبت نشد، سرپرست را خبر کنید. جزئیات در پروندهٔ گزارش آمده است.</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="362"/>
        <source>Undo check-in</source>
        <translation>لغو ثبت ورود</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="363"/>
        <source>Why is this check-in undone?</source>
        <translation>چرا این ثبت ورود لغو می‌شود؟</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="367"/>
        <source>Say why the check-in is undone.</source>
        <translation>دلیل لغو ثبت ورود را بنویسید.</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="380"/>
        <source>(undone)</source>
        <translation>(لغو شد)</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="382"/>
        <source>Check-in undone.</source>
        <translation>ثبت ورود لغو شد.</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="388"/>
        <source>The check-in could not be undone. Details are in the log file.</source>
        <translation>ثبت ورود لغو نشد. جزئیات در پروندهٔ گزارش آمده است.</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="421"/>
        <source>Save the badge</source>
        <extracomment>Emitted with the check-in&apos;s id once it was undone.</extracomment>
        <translation>ذخیرهٔ کارت</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="422"/>
        <source>PDF (*.pdf)</source>
        <translation>پروندهٔ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="445"/>
        <source>Badge saved to %1</source>
        <translation>کارت در %1 ذخیره شد</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="454"/>
        <source>The badge could not be printed. Details are in the log file.</source>
        <translation>کارت چاپ نشد. جزئیات در پروندهٔ گزارش آمده است.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../widgets/connection.py" line="114"/>
        <source>↻ Syncing… %1 waiting</source>
        <extracomment>How often the watcher looks at the server while offline (ms), and refreshes the replica while online.</extracomment>
        <translation>↻ در حال همگام‌سازی… %1 در انتظار</translation>
    </message>
    <message>
        <location filename="../widgets/connection.py" line="121"/>
        <source>● Offline since %1 · %2 waiting</source>
        <translation>● آفلاین از %1 · %2 در انتظار</translation>
    </message>
    <message>
        <location filename="../widgets/connection.py" line="127"/>
        <source>● Online</source>
        <translation>● آنلاین</translation>
    </message>
    <message>
        <location filename="../widgets/connection.py" line="129"/>
        <source>%1 waiting</source>
        <translation>%1 در انتظار</translation>
    </message>
    <message>
        <location filename="../widgets/connection.py" line="154"/>
        <source>Server: %1
This desk&apos;s copy: %2
Offline, check-in and printing badges already issued work from the copy; the rest waits for the server.</source>
        <translation>سرور: %1
نسخهٔ محلی این میز: %2
در حالت آفلاین، پذیرش و چاپ کارت‌های صادرشده با نسخهٔ محلی انجام می‌شود؛ بقیهٔ کارها منتظر سرور می‌مانند.</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../dashboard.py" line="135"/>
        <source>Protocol dashboard</source>
        <extracomment>A fixed moment for rehearsals and tests; None follows the clock.</extracomment>
        <translation>پیشخوان تشریفات</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="158"/>
        <source>Expected</source>
        <translation>مورد انتظار</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="158"/>
        <source>Arrived</source>
        <translation>رسیده</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="169"/>
        <source>Light bar: expected that day · solid bar: arrived (checked in at a desk or a door)</source>
        <translation>نوار کم‌رنگ: مورد انتظار در آن روز · نوار پررنگ: واردشده (ثبت ورود در میز پذیرش یا در ورودی)</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="180"/>
        <source>Mark as resolved…</source>
        <translation>علامت‌گذاری به عنوان حل‌شده…</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="194"/>
        <source>By category (the day shown)</source>
        <translation>به تفکیک رده (روز نمایش‌داده‌شده)</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="211"/>
        <source>Day:</source>
        <translation>روز:</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="250"/>
        <source>Could not read the figures; retrying. Details are in the log file.</source>
        <translation>آمار خوانده نشد؛ دوباره تلاش می‌شود. جزئیات در پروندهٔ گزارش آمده است.</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="274"/>
        <source>Arrived %1 of %2 expected · %3 scans</source>
        <translation>ورود %1 نفر از %2 نفر مورد انتظار · %3 اسکن</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="280"/>
        <source>Updated %1 (refreshes every few seconds)</source>
        <translation>به‌روزرسانی: %1 (هر چند ثانیه تازه می‌شود)</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="283"/>
        <source>Arrivals per region — %1</source>
        <translation>ورود به تفکیک استان — %1</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="287"/>
        <source>Heads of delegation not yet arrived: %1</source>
        <translation>رؤسای هیئت‌هایی که هنوز نرسیده‌اند: %1</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="300"/>
        <source>Every head of delegation has arrived.</source>
        <translation>همهٔ رؤسای هیئت‌ها رسیده‌اند.</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="323"/>
        <source>Two admissions of one badge</source>
        <translation>دو بار پذیرش با یک کارت</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="325"/>
        <source>Let in offline; the server says: %1</source>
        <translation>در حالت آفلاین پذیرفته شد؛ سرور می‌گوید: %1</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="336"/>
        <source>To resolve after desks worked offline: %1</source>
        <translation>برای رسیدگی پس از کار آفلاین میزها: %1</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="349"/>
        <source>Resolve</source>
        <translation>رسیدگی</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="349"/>
        <source>What was done (for the audit trail)?</source>
        <translation>چه اقدامی انجام شد (برای سابقهٔ ممیزی)؟</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="362"/>
        <source>The conflict could not be marked as resolved. Details are in the log file.</source>
        <translation>ناسازگاری به عنوان حل‌شده ثبت نشد. جزئیات در فایل گزارش است.</translation>
    </message>
</context>
<context>
    <name>DelegateEditor</name>
    <message>
        <location filename="../editor/dialog.py" line="107"/>
        <location filename="../editor/dialog.py" line="258"/>
        <source>New person</source>
        <extracomment>The form&apos;s fields (the Delegate&apos;s own, less the status, which has its own actions). The person&apos;s id after a save (a new person&apos;s new id). The person&apos;s id after they were cancelled. The desk chose to open this other record (a possible duplicate) instead.</extracomment>
        <translation>فرد جدید</translation>
    </message>
    <message>
        <location filename="../editor/choices.py" line="56"/>
        <source>— none —</source>
        <extracomment>A new arrival or departure starts at 8:00 on the event&apos;s first day. The event&apos;s last day (a passport must not expire before it). (id, name, colour), in protocol order (label, delegation choice): the regions&apos; delegations in protocol order, then the guests&apos; alphabetically (id or None for none, name), alphabetical country code → name</extracomment>
        <translation>— هیچ —</translation>
    </message>
    <message>
        <location filename="../editor/choices.py" line="63"/>
        <source>%1 (new delegation)</source>
        <translation>%1 (هیئت جدید)</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="79"/>
        <source>Names and passport</source>
        <translation>نام‌ها و گذرنامه</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="84"/>
        <location filename="../editor/form.py" line="94"/>
        <source>Suggest</source>
        <translation>پیشنهاد</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="89"/>
        <source>Check the Latin name against the passport</source>
        <translation>نام لاتین با گذرنامه تطبیق داده شود</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="99"/>
        <source>Cyrillic, Azerbaijani or Turkmen spelling, with patronymic</source>
        <translation>املای سیریلیک، آذربایجانی یا ترکمنی، همراه با نام پدر</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="128"/>
        <source>Delegation, stay and contact</source>
        <translation>هیئت، اقامت و تماس</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="143"/>
        <source>— choose —</source>
        <translation>— انتخاب کنید —</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="167"/>
        <source>Halal</source>
        <translation>حلال</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="168"/>
        <source>Vegetarian</source>
        <translation>گیاه‌خواری</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="169"/>
        <source>Vegan</source>
        <translation>گیاه‌خواری مطلق (وگان)</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="170"/>
        <source>No pork</source>
        <translation>بدون گوشت خوک</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="171"/>
        <source>Gluten-free</source>
        <translation>بدون گلوتن</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="172"/>
        <source>Diabetic</source>
        <translation>رژیم دیابتی</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="142"/>
        <source>Cancel this person…</source>
        <translation>لغو حضور این فرد…</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="145"/>
        <source>Reinstate this person</source>
        <translation>بازگرداندن این فرد</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="147"/>
        <source>Undo a cancellation: the person is registered again.</source>
        <translation>برگرداندن لغو: فرد دوباره در وضعیت «ثبت‌شده» قرار می‌گیرد.</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="150"/>
        <location filename="../editor/dialog.py" line="297"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="153"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="197"/>
        <source>This person no longer exists in the database.</source>
        <translation>این فرد دیگر در پایگاه داده وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="209"/>
        <source>Edit person — %1</source>
        <translation>ویرایش اطلاعات فرد — %1</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="259"/>
        <source>(no name yet)</source>
        <translation>(هنوز نامی وارد نشده)</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="274"/>
        <location filename="../editor/form.py" line="283"/>
        <source>Fill in: %1</source>
        <translation>درج: %1</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="278"/>
        <source>Type the Persian or native name first</source>
        <translation>ابتدا نام فارسی یا نام به خط بومی را بنویسید</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="285"/>
        <source>Type the Latin or native name first</source>
        <translation>ابتدا نام لاتین یا نام به خط بومی را بنویسید</translation>
    </message>
    <message>
        <location filename="../editor/duplicates.py" line="49"/>
        <source>the same passport number</source>
        <extracomment>The desk chose to open this other record.</extracomment>
        <translation>همان شمارهٔ گذرنامه</translation>
    </message>
    <message>
        <location filename="../editor/duplicates.py" line="51"/>
        <source>the same name in the same region</source>
        <translation>همان نام در همان استان</translation>
    </message>
    <message>
        <location filename="../editor/duplicates.py" line="55"/>
        <source>(cancelled)</source>
        <translation>(لغوشده)</translation>
    </message>
    <message>
        <location filename="../editor/duplicates.py" line="60"/>
        <source>#%1 %2%3: %4</source>
        <translation>شمارهٔ %1 %2%3: %4</translation>
    </message>
    <message>
        <location filename="../editor/duplicates.py" line="67"/>
        <source>Open #%1 instead</source>
        <translation>باز کردن شمارهٔ %1</translation>
    </message>
    <message>
        <location filename="../editor/duplicates.py" line="76"/>
        <source>This may be someone already registered:</source>
        <translation>ممکن است این فرد پیش‌تر ثبت شده باشد:</translation>
    </message>
    <message>
        <location filename="../editor/duplicates.py" line="80"/>
        <source>Open that record instead, or press «Save anyway» if this is a different person.</source>
        <translation>به‌جای آن، همان پرونده را باز کنید؛ یا اگر فرد دیگری است، «با این حال ذخیره شود» را بزنید.</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="302"/>
        <source>Save anyway</source>
        <translation>با این حال ذخیره شود</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="315"/>
        <location filename="../editor/dialog.py" line="351"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>چیزی ذخیره نشد: خانه‌های قرمزشده را اصلاح کنید.</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="331"/>
        <source>Nothing was saved: the operator&apos;s name is needed to record the change.</source>
        <translation>چیزی ذخیره نشد: برای ثبت تغییر، نام متصدی لازم است.</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="354"/>
        <source>Nothing was saved: %1</source>
        <translation>چیزی ذخیره نشد: %1</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="359"/>
        <source>Nothing was saved: an unexpected error occurred (details are in the log file).</source>
        <translation>چیزی ذخیره نشد: خطای پیش‌بینی‌نشده‌ای رخ داد (جزئیات در پروندهٔ گزارش).</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="394"/>
        <source>The saved version is shown; make your changes again and save.</source>
        <translation>نسخهٔ ذخیره‌شده نمایش داده می‌شود؛ تغییرات خود را دوباره وارد و ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="397"/>
        <source>Not saved: another desk changed this person. Reload to see their changes.</source>
        <translation>ذخیره نشد: میز دیگری اطلاعات این فرد را تغییر داده است. برای دیدن آن تغییرات، دوباره بارگذاری کنید.</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="428"/>
        <source>Not cancelled: the operator&apos;s name is needed to record the change.</source>
        <translation>لغو نشد: برای ثبت تغییر، نام متصدی لازم است.</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="437"/>
        <source>Not cancelled: %1</source>
        <translation>لغو نشد: %1</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="442"/>
        <source>Not cancelled: an unexpected error occurred (details are in the log file).</source>
        <translation>لغو نشد: خطای پیش‌بینی‌نشده‌ای رخ داد (جزئیات در پروندهٔ گزارش).</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="455"/>
        <source>Not reinstated: the operator&apos;s name is needed to record the change.</source>
        <translation>بازگردانده نشد: برای ثبت تغییر، نام متصدی لازم است.</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="471"/>
        <source>Not reinstated: %1</source>
        <translation>بازگردانده نشد: %1</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="476"/>
        <source>Not reinstated: an unexpected error occurred (details are in the log file).</source>
        <translation>بازگردانده نشد: خطای پیش‌بینی‌نشده‌ای رخ داد (جزئیات در پروندهٔ گزارش).</translation>
    </message>
</context>
<context>
    <name>DelegateFields</name>
    <message>
        <location filename="../labels.py" line="97"/>
        <source>Given name (as in the passport)</source>
        <translation>نام (مطابق گذرنامه)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="98"/>
        <source>Family name (as in the passport)</source>
        <translation>نام خانوادگی (مطابق گذرنامه)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="99"/>
        <source>Persian name</source>
        <translation>نام فارسی</translation>
    </message>
    <message>
        <location filename="../labels.py" line="100"/>
        <source>Native name</source>
        <translation>نام به خط بومی</translation>
    </message>
    <message>
        <location filename="../labels.py" line="101"/>
        <source>Latin name to verify</source>
        <translation>نام لاتین نیازمند تطبیق</translation>
    </message>
    <message>
        <location filename="../labels.py" line="102"/>
        <source>Title (English)</source>
        <translation>سمت (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="103"/>
        <source>Title (Persian)</source>
        <translation>سمت (فارسی)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="104"/>
        <source>Title (Russian)</source>
        <translation>سمت (روسی)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="105"/>
        <source>Gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location filename="../labels.py" line="106"/>
        <source>Nationality</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <location filename="../labels.py" line="107"/>
        <source>Passport / ID number</source>
        <translation>شمارهٔ گذرنامه / کارت ملی</translation>
    </message>
    <message>
        <location filename="../labels.py" line="108"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../labels.py" line="109"/>
        <source>Email</source>
        <translation>رایانامه</translation>
    </message>
    <message>
        <location filename="../labels.py" line="110"/>
        <source>Arrival</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../labels.py" line="111"/>
        <source>Departure</source>
        <translation>عزیمت</translation>
    </message>
    <message>
        <location filename="../labels.py" line="112"/>
        <source>Dietary needs</source>
        <translation>نیازهای غذایی</translation>
    </message>
    <message>
        <location filename="../labels.py" line="113"/>
        <source>Language needs</source>
        <translation>نیازهای زبانی</translation>
    </message>
    <message>
        <location filename="../labels.py" line="114"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../labels.py" line="115"/>
        <location filename="../labels.py" line="116"/>
        <source>Category</source>
        <translation>رده</translation>
    </message>
    <message>
        <location filename="../labels.py" line="117"/>
        <source>Delegation</source>
        <translation>هیئت</translation>
    </message>
    <message>
        <location filename="../labels.py" line="118"/>
        <source>Organization</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <location filename="../labels.py" line="119"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../labels.py" line="120"/>
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <location filename="../labels.py" line="126"/>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <location filename="../labels.py" line="127"/>
        <source>Female</source>
        <translation>زن</translation>
    </message>
    <message>
        <location filename="../labels.py" line="128"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location filename="../labels.py" line="167"/>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../labels.py" line="169"/>
        <source>no</source>
        <translation>خیر</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../people/detail_pane.py" line="67"/>
        <source>Name (passport)</source>
        <extracomment>The name&apos;s other spellings, under the one the reader reads first.</extracomment>
        <translation>نام (مطابق گذرنامه)</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="68"/>
        <source>Persian name</source>
        <translation>نام فارسی</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="69"/>
        <source>Native name</source>
        <translation>نام به خط بومی</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="106"/>
        <location filename="../people/detail_pane.py" line="70"/>
        <source>Title</source>
        <extracomment>Point sizes of the names, in the reader&apos;s order: the script they read first is the biggest.</extracomment>
        <translation>سمت</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="109"/>
        <location filename="../people/detail_pane.py" line="71"/>
        <source>Category</source>
        <translation>رده</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="108"/>
        <location filename="../people/detail_pane.py" line="72"/>
        <source>Delegation</source>
        <translation>هیئت</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="107"/>
        <location filename="../people/detail_pane.py" line="73"/>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="74"/>
        <source>Organization</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="75"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="76"/>
        <source>Badge</source>
        <translation>کارت</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="77"/>
        <source>Nationality</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="78"/>
        <source>Passport / ID</source>
        <translation>گذرنامه / کارت ملی</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="79"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="80"/>
        <source>Email</source>
        <translation>رایانامه</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="81"/>
        <source>Arrival – departure</source>
        <translation>ورود – عزیمت</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="82"/>
        <source>Dietary and language needs</source>
        <translation>نیازهای غذایی و زبانی</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="83"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="88"/>
        <source>Not issued yet</source>
        <translation>هنوز صادر نشده</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="89"/>
        <source>No. %1, version %2 — %3</source>
        <translation>شمارهٔ %1، نسخهٔ %2 — %3</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="103"/>
        <source>Select a person to see their details</source>
        <translation>برای دیدن جزئیات، یک نفر را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="105"/>
        <location filename="../people/detail_pane.py" line="150"/>
        <source>No photo</source>
        <translation>بدون عکس</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="119"/>
        <source>(to verify)</source>
        <translation>(نیازمند تطبیق)</translation>
    </message>
</context>
<context>
    <name>DirectoryTreeModel</name>
    <message>
        <location filename="../people/tree_model.py" line="37"/>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../people/tree_model.py" line="37"/>
        <source>Guests (not a region)</source>
        <translation>مهمانان (غیر استانی)</translation>
    </message>
    <message>
        <location filename="../people/tree_model.py" line="40"/>
        <source>Ministries</source>
        <extracomment>The kinds of organization under the guests, in the window&apos;s language.</extracomment>
        <translation>وزارتخانه‌ها</translation>
    </message>
    <message>
        <location filename="../people/tree_model.py" line="41"/>
        <source>Government bodies</source>
        <translation>دستگاه‌های دولتی</translation>
    </message>
    <message>
        <location filename="../people/tree_model.py" line="42"/>
        <source>Embassies</source>
        <translation>سفارتخانه‌ها</translation>
    </message>
    <message>
        <location filename="../people/tree_model.py" line="43"/>
        <source>Chambers of commerce</source>
        <translation>اتاق‌های بازرگانی</translation>
    </message>
    <message>
        <location filename="../people/tree_model.py" line="44"/>
        <source>International organizations</source>
        <translation>سازمان‌های بین‌المللی</translation>
    </message>
    <message>
        <location filename="../people/tree_model.py" line="45"/>
        <source>Press</source>
        <translation>رسانه‌ها</translation>
    </message>
    <message>
        <location filename="../people/tree_model.py" line="46"/>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <location filename="../people/tree_model.py" line="92"/>
        <source>Regions and delegations</source>
        <translation>استان‌ها و هیئت‌ها</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../intake/export_dialogs.py" line="38"/>
        <source>Export people</source>
        <translation>خروجی فهرست افراد</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="41"/>
        <source>Only the selected rows (%1)</source>
        <translation>فقط ردیف‌های انتخاب‌شده (%1)</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="45"/>
        <source>Everyone listed for «%1» (%2 people)</source>
        <translation>همهٔ افراد فهرست «%1» (%2 نفر)</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="57"/>
        <source>Include passport numbers (only for those who need them)</source>
        <translation>همراه با شماره‌های گذرنامه (فقط برای کسانی که به آن نیاز دارند)</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="64"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="70"/>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="79"/>
        <source>Export to</source>
        <translation>ذخیرهٔ خروجی در</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="79"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>کارپوشهٔ اکسل (*.xlsx);;پروندهٔ CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../intake/history.py" line="20"/>
        <source>created</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="21"/>
        <source>edited</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="22"/>
        <source>cancelled</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="23"/>
        <source>imported</source>
        <translation>ورود از فهرست</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="24"/>
        <source>photo changed</source>
        <translation>تغییر عکس</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="25"/>
        <source>reinstated</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="26"/>
        <source>approved</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="27"/>
        <source>rejected</source>
        <translation>رد</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="28"/>
        <source>sent back for correction</source>
        <translation>بازگشت برای اصلاح</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="29"/>
        <source>back to pending approval</source>
        <translation>بازگشت به انتظار تأیید</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="30"/>
        <source>badge printed without approval</source>
        <translation>چاپ کارت بدون تأیید</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="31"/>
        <source>Persian name reviewed</source>
        <translation>نام فارسی بازبینی شد</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../intake/history.py" line="50"/>
        <source>History</source>
        <translation>سوابق</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="69"/>
        <source>No person selected.</source>
        <translation>کسی انتخاب نشده است.</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="78"/>
        <source>(unknown operator)</source>
        <translation>(متصدی نامعلوم)</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="94"/>
        <source>… and %1 older entries (File › Export audit trail).</source>
        <translation>… و %1 مورد قدیمی‌تر (افراد › خروجی سوابق تغییرات).</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="99"/>
        <source>No changes recorded.</source>
        <translation>تغییری ثبت نشده است.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../import_wizard/dialog.py" line="80"/>
        <source>Import a list</source>
        <extracomment>Emitted after a successful import with what it did.</extracomment>
        <translation>وارد کردن فهرست</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="152"/>
        <source>Back</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="154"/>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="156"/>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="158"/>
        <location filename="../import_wizard/dialog.py" line="222"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="176"/>
        <source>Choose the list a region or the secretariat sent (CSV or Excel .xlsx). Nothing is written until you have seen every row and pressed «Import».</source>
        <translation>فهرستی را که استان یا دبیرخانه فرستاده است انتخاب کنید (CSV یا اکسل ‎.xlsx). تا همهٔ ردیف‌ها را نبینید و «وارد کردن» را نزنید، چیزی ثبت نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="186"/>
        <source>File to import</source>
        <translation>پرونده برای وارد کردن</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="188"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="74"/>
        <source>Column in the file</source>
        <translation>ستون در پرونده</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="75"/>
        <source>First values</source>
        <translation>نخستین مقادیر</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="76"/>
        <source>Holds</source>
        <translation>محتوا</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="87"/>
        <source>Remember these columns for the next file with the same headers</source>
        <translation>این ستون‌ها برای پروندهٔ بعدی با همین سرستون‌ها به خاطر سپرده شود</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="47"/>
        <source>People without a region join:</source>
        <translation>افراد بدون استان به این افزوده شوند:</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="51"/>
        <source>the region the file name says, else none</source>
        <translation>استانی که نام پرونده نشان می‌دهد، وگرنه هیچ</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="57"/>
        <source>Category when none is given:</source>
        <translation>رده، اگر مشخص نشده باشد:</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="67"/>
        <source>Columns…</source>
        <translation>ستون‌ها…</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="104"/>
        <source>Problems and notes, row by row (double-click a cell above to fix it):</source>
        <translation>اشکال‌ها و نکته‌ها، ردیف به ردیف (برای اصلاح، روی خانهٔ مربوط در جدول بالا دوبار کلیک کنید):</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="113"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="114"/>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="115"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="116"/>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="203"/>
        <source>1. File</source>
        <translation>۱. پرونده</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="203"/>
        <source>2. Columns</source>
        <translation>۲. ستون‌ها</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="203"/>
        <source>3. Check the rows</source>
        <translation>۳. بررسی ردیف‌ها</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="203"/>
        <source>4. Done</source>
        <translation>۴. پایان</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="220"/>
        <source>Import the ticked rows (%1)</source>
        <translation>وارد کردن ردیف‌های علامت‌خورده (%1)</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="222"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="263"/>
        <source>Choose a list</source>
        <translation>انتخاب فهرست</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="265"/>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>فهرست‌ها (*.csv *.xlsx *.txt);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="275"/>
        <source>Choose a file first.</source>
        <translation>ابتدا یک پرونده انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="279"/>
        <source>Reading %1…</source>
        <translation>در حال خواندن %1…</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="308"/>
        <source>This did not work: an unexpected error occurred (details are in the log file).</source>
        <translation>انجام نشد: خطای پیش‌بینی‌نشده‌ای رخ داد (جزئیات در پروندهٔ گزارش).</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="100"/>
        <source>These columns were set by the desk for an earlier file with the same headers. Check them and press Next.</source>
        <extracomment>One choice per column of the file (the same list object for the dialog&apos;s whole life).</extracomment>
        <translation>این ستون‌ها را میز پذیرش برای پرونده‌ای پیشین با همین سرستون‌ها تعیین کرده است. آن‌ها را بررسی کنید و «بعدی» را بزنید.</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="106"/>
        <source>Some columns of this file were not recognised. For each column, choose what it holds (or leave it «not imported»), then press Next.</source>
        <translation>برخی ستون‌های این پرونده شناخته نشد. برای هر ستون، محتوای آن را انتخاب کنید (یا آن را «وارد نشود» بگذارید)، سپس «بعدی» را بزنید.</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="112"/>
        <source>All columns were recognised. Change any that are wrong, then press Next.</source>
        <translation>همهٔ ستون‌ها شناخته شد. هر کدام را که نادرست است تغییر دهید، سپس «بعدی» را بزنید.</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="124"/>
        <source>— not imported —</source>
        <translation>— وارد نشود —</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="329"/>
        <source>Choose at least one column that holds names (for example «Given name (Latin)»).</source>
        <translation>دست‌کم یک ستون را که نام‌ها در آن است انتخاب کنید (برای نمونه «نام (لاتین)»).</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="163"/>
        <source>Problem</source>
        <translation>اشکال</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="165"/>
        <source>Note</source>
        <translation>نکته</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="207"/>
        <source>%1 rows: %2 new, %3 already registered (updated), %4 with problems, %5 not ticked.</source>
        <translation>%1 ردیف: %2 جدید، %3 از پیش ثبت‌شده (به‌روزرسانی)، %4 دارای اشکال، %5 بدون علامت.</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="218"/>
        <source>Rows %1 have problems but are ticked: fix them or untick them, or nothing will be imported.</source>
        <translation>ردیف‌های %1 اشکال دارند ولی علامت خورده‌اند: آن‌ها را اصلاح کنید یا علامتشان را بردارید، وگرنه چیزی وارد نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="223"/>
        <source>Rows with problems are not imported; fix a cell to check the row again.</source>
        <translation>ردیف‌های دارای اشکال وارد نمی‌شوند؛ با اصلاح یک خانه، آن ردیف دوباره بررسی می‌شود.</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="399"/>
        <source>Nothing was imported: the operator&apos;s name is needed to record the import.</source>
        <translation>چیزی وارد نشد: برای ثبت این کار، نام متصدی لازم است.</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="404"/>
        <source>Importing… (one transaction: every ticked row or none)</source>
        <translation>در حال وارد کردن… (یک تراکنش: یا همهٔ ردیف‌های علامت‌خورده یا هیچ‌کدام)</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="431"/>
        <source>Nothing was imported: %1 rows have problems. Fix them in the table or untick them, then import again.</source>
        <translation>چیزی وارد نشد: %1 ردیف اشکال دارد. آن‌ها را در جدول اصلاح کنید یا علامتشان را بردارید، سپس دوباره وارد کنید.</translation>
    </message>
    <message>
        <location filename="../import_wizard/done_page.py" line="43"/>
        <source>Imported from %1 in one transaction:</source>
        <translation>وارد شده از %1 در یک تراکنش:</translation>
    </message>
    <message>
        <location filename="../import_wizard/done_page.py" line="47"/>
        <source>%1 new people (accepted)</source>
        <translation>%1 نفر جدید (پذیرفته‌شده)</translation>
    </message>
    <message>
        <location filename="../import_wizard/done_page.py" line="51"/>
        <source>%1 people already registered were updated</source>
        <translation>اطلاعات %1 نفر که پیش‌تر ثبت شده بودند به‌روزرسانی شد</translation>
    </message>
    <message>
        <location filename="../import_wizard/done_page.py" line="55"/>
        <source>%1 people already registered were unchanged</source>
        <translation>اطلاعات %1 نفر که پیش‌تر ثبت شده بودند بدون تغییر ماند</translation>
    </message>
    <message>
        <location filename="../import_wizard/done_page.py" line="59"/>
        <source>%1 rows rejected, %2 rows not ticked (not imported)</source>
        <translation>%1 ردیف رد شد، %2 ردیف بدون علامت (وارد نشد)</translation>
    </message>
    <message>
        <location filename="../import_wizard/done_page.py" line="70"/>
        <source>Row %1, %2: %3</source>
        <translation>ردیف %1، %2: %3</translation>
    </message>
    <message>
        <location filename="../import_wizard/done_page.py" line="80"/>
        <source>unticked by the desk</source>
        <translation>علامت آن را میز پذیرش برداشت</translation>
    </message>
    <message>
        <location filename="../import_wizard/done_page.py" line="82"/>
        <source>Row %1 not imported: %2</source>
        <translation>ردیف %1 وارد نشد: %2</translation>
    </message>
    <message>
        <location filename="../import_wizard/done_page.py" line="89"/>
        <source>Row %1, note: %2</source>
        <translation>ردیف %1، نکته: %2</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="445"/>
        <source>Please wait: the import is being written.</source>
        <translation>لطفاً صبر کنید: اطلاعات در حال ثبت است.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="30"/>
        <source>Given name (Latin)</source>
        <translation>نام (لاتین)</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="31"/>
        <source>Family name (Latin)</source>
        <translation>نام خانوادگی (لاتین)</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="32"/>
        <source>Full name in Persian</source>
        <translation>نام کامل به فارسی</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="33"/>
        <source>Full native name</source>
        <translation>نام کامل به خط بومی</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="34"/>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="35"/>
        <source>Organization</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="36"/>
        <source>Category</source>
        <translation>رده</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="37"/>
        <source>Title (English)</source>
        <translation>سمت (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="38"/>
        <source>Title (Persian)</source>
        <translation>سمت (فارسی)</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="39"/>
        <source>Title (Russian)</source>
        <translation>سمت (روسی)</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="40"/>
        <source>Gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="41"/>
        <source>Nationality</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="42"/>
        <source>Passport number</source>
        <translation>شمارهٔ گذرنامه</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="43"/>
        <source>Email</source>
        <translation>رایانامه</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="44"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="45"/>
        <source>Arrival</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="46"/>
        <source>Departure</source>
        <translation>عزیمت</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="47"/>
        <source>Dietary needs</source>
        <translation>نیازهای غذایی</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="48"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="49"/>
        <source>Photo file</source>
        <translation>پروندهٔ عکس</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="50"/>
        <source>Given name in Persian</source>
        <translation>نام به فارسی</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="51"/>
        <source>Family name in Persian</source>
        <translation>نام خانوادگی به فارسی</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="52"/>
        <source>Given name, native script</source>
        <translation>نام به خط بومی</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="53"/>
        <source>Family name, native script</source>
        <translation>نام خانوادگی به خط بومی</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="54"/>
        <source>Patronymic</source>
        <translation>نام پدر</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="55"/>
        <source>Birth date (checked, not stored)</source>
        <translation>تاریخ تولد (بررسی می‌شود، ذخیره نمی‌شود)</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="56"/>
        <source>National ID (not stored)</source>
        <translation>شمارهٔ ملی (ذخیره نمی‌شود)</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="57"/>
        <source>Row number (not stored)</source>
        <translation>شمارهٔ ردیف (ذخیره نمی‌شود)</translation>
    </message>
</context>
<context>
    <name>IntakeActions</name>
    <message>
        <location filename="../intake/menu.py" line="76"/>
        <source>&amp;New person…</source>
        <extracomment>The dialog opened last (editor, photo, import...): tests and the next action look here.</extracomment>
        <translation>فرد &amp;جدید…</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="82"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;ویرایش فرد…</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="88"/>
        <source>&amp;Photo…</source>
        <translation>&amp;عکس…</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="91"/>
        <source>&amp;Cancel person…</source>
        <translation>&amp;لغو حضور فرد…</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="94"/>
        <source>&amp;Import list…</source>
        <translation>وارد &amp;کردن فهرست…</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="97"/>
        <source>E&amp;xport selection…</source>
        <translation>&amp;خروجی از انتخاب‌شده‌ها…</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="100"/>
        <source>Export &amp;audit trail…</source>
        <translation>خروجی &amp;سوابق تغییرات…</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="103"/>
        <source>Change &amp;operator…</source>
        <translation>تغییر &amp;متصدی…</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="116"/>
        <source>&amp;People</source>
        <translation>&amp;افراد</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="131"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="154"/>
        <source>Operator: %1</source>
        <translation>متصدی: %1</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="154"/>
        <source>No operator</source>
        <translation>بدون متصدی</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="178"/>
        <source>No person selected</source>
        <translation>کسی انتخاب نشده است</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="179"/>
        <source>Select a person in the table first.</source>
        <translation>ابتدا یک نفر را در جدول انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="250"/>
        <location filename="../intake/menu.py" line="269"/>
        <source>Cannot open this person</source>
        <translation>اطلاعات این فرد باز نشد</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="295"/>
        <source>Already cancelled</source>
        <translation>پیش‌تر لغو شده است</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="296"/>
        <source>This person is already cancelled.</source>
        <translation>حضور این فرد پیش‌تر لغو شده است.</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="324"/>
        <location filename="../intake/menu.py" line="332"/>
        <location filename="../intake/menu.py" line="337"/>
        <source>Not cancelled</source>
        <translation>لغو نشد</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="326"/>
        <source>Another desk changed this person a moment ago. Look at their changes, then cancel again.</source>
        <translation>میز دیگری همین حالا اطلاعات این فرد را تغییر داد. تغییرات را ببینید و سپس دوباره لغو کنید.</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="338"/>
        <location filename="../intake/menu.py" line="414"/>
        <location filename="../intake/menu.py" line="479"/>
        <source>An unexpected error occurred (details are in the log file).</source>
        <translation>خطای پیش‌بینی‌نشده‌ای رخ داد (جزئیات در پروندهٔ گزارش).</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="341"/>
        <source>Cancelled; the record is kept.</source>
        <translation>لغو شد؛ پرونده نگه داشته شد.</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="353"/>
        <source>Imported %1 new and %2 updated people.</source>
        <translation>%1 نفر جدید وارد و اطلاعات %2 نفر به‌روزرسانی شد.</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="390"/>
        <location filename="../intake/menu.py" line="416"/>
        <location filename="../intake/menu.py" line="447"/>
        <location filename="../intake/menu.py" line="480"/>
        <source>Not exported</source>
        <translation>خروجی گرفته نشد</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="390"/>
        <location filename="../intake/menu.py" line="447"/>
        <source>Choose a file name first.</source>
        <translation>ابتدا نام پرونده را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="392"/>
        <source>Exporting…</source>
        <translation>در حال تهیهٔ خروجی…</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="403"/>
        <source>Exported %1 people to %2.</source>
        <translation>خروجی %1 نفر در %2 ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="454"/>
        <source>The folder %1 does not exist.</source>
        <translation>پوشهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="466"/>
        <source>Exported %1 audit entries to %2.</source>
        <translation>%1 مورد از سوابق تغییرات در %2 ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="477"/>
        <source>The file cannot be written: %1</source>
        <translation>پرونده نوشته نشد: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="222"/>
        <source>Accreditation — %1</source>
        <extracomment>Menu entries (by object name) and the core action each leads to; Seat… entries are ``seating_&lt;code&gt;``. Which role may do an action is the core&apos;s rule (``accreditation.access.policy.ALLOWED``), not repeated here. What a window opened on the desk&apos;s replica (the server gone at start) still does: the rest needs the server. The menu bar, left to right (mirrored in Persian): File, Edit, View, then the work menus in the order of the day, Help last. By object name; :meth:`MainWindow.place_menu` keeps the order whatever installs first. Emitted with a database target when the user opens or creates another database. Emitted with a language code when the user picks another language. Who is selected and on the card, for the screens (they never see this window).</extracomment>
        <translation>اعتبارنامه — %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="226"/>
        <source>&amp;Find…</source>
        <translation>&amp;جست‌وجو…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="232"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="234"/>
        <source>&amp;New database…</source>
        <translation>پایگاه دادهٔ &amp;جدید…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="236"/>
        <source>&amp;Open database…</source>
        <translation>&amp;باز کردن پایگاه داده…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="238"/>
        <source>Open &amp;server database…</source>
        <translation>باز کردن پایگاه دادهٔ &amp;سرور…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="241"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;پشتیبان‌گیری…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="243"/>
        <source>Re&amp;store from a backup…</source>
        <translation>&amp;بازیابی از نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247"/>
        <source>Roles and &amp;PINs…</source>
        <translation>نقش‌ها و &amp;رمزها…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="250"/>
        <source>&amp;Refresh</source>
        <translation>&amp;بازخوانی</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="253"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="259"/>
        <source>&amp;Copy</source>
        <translation>&amp;رونوشت</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="267"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="270"/>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="283"/>
        <source>&amp;About</source>
        <translation>&amp;درباره</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="332"/>
        <source>Desk</source>
        <translation>میز</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="368"/>
        <source>%n people copied</source>
        <translation>
            <numerusform>%n نفر رونوشت شد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="384"/>
        <source>Database: %1</source>
        <translation>پایگاه داده: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="398"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="445"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n نفر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="456"/>
        <source>New database</source>
        <translation>پایگاه دادهٔ جدید</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="456"/>
        <location filename="../main_window.py" line="482"/>
        <location filename="../main_window.py" line="504"/>
        <source>Databases (*.sqlite)</source>
        <translation>پایگاه‌های داده (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="463"/>
        <source>Open database</source>
        <translation>باز کردن پایگاه داده</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="463"/>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>پایگاه‌های داده (*.sqlite *.db);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="471"/>
        <source>Open server database</source>
        <translation>باز کردن پایگاه دادهٔ سرور</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="472"/>
        <source>Database address, for example postgresql://desk@server/summit:</source>
        <translation>نشانی پایگاه داده، برای نمونه postgresql://desk@server/summit:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="482"/>
        <source>Back up the database</source>
        <translation>پشتیبان‌گیری از پایگاه داده</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="486"/>
        <source>Backing up…</source>
        <translation>در حال پشتیبان‌گیری…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="489"/>
        <source>Backup written to %1</source>
        <translation>نسخهٔ پشتیبان در %1 نوشته شد</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="504"/>
        <location filename="../main_window.py" line="513"/>
        <source>Restore from a backup</source>
        <translation>بازیابی از نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="514"/>
        <source>Replace everything in this database with the backup %1 (%2 people)? A copy of the current contents is kept first.</source>
        <translation>همهٔ محتوای این پایگاه داده با نسخهٔ پشتیبان %1 (%2 نفر) جایگزین شود؟ پیش از آن، رونوشتی از محتوای کنونی نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="527"/>
        <source>Restored. The previous contents were saved to %1</source>
        <translation>بازیابی شد. محتوای پیشین در %1 ذخیره شد</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="543"/>
        <source>Database schema: %1 (this program&apos;s: %2)</source>
        <translation>طرح‌وارهٔ پایگاه داده: %1 (طرح‌وارهٔ این برنامه: %2)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="545"/>
        <source>About</source>
        <translation>درباره</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="538"/>
        <source>Accreditation %1
Database: %2
Log file: %3</source>
        <translation>سامانهٔ اعتبارنامه %1
پایگاه داده: %2
پروندهٔ گزارش: %3</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="564"/>
        <source>Cannot do that</source>
        <translation>این کار ممکن نیست</translation>
    </message>
    <message>
        <location filename="../seating/menu.py" line="31"/>
        <source>&amp;Seating</source>
        <translation>&amp;جانمایی</translation>
    </message>
    <message>
        <location filename="../seating/menu.py" line="45"/>
        <source>Seat %1…</source>
        <translation>جانمایی %1…</translation>
    </message>
    <message>
        <location filename="../seating/menu.py" line="51"/>
        <source>Region name cards…</source>
        <translation>کارت‌های نام استان‌ها…</translation>
    </message>
    <message>
        <location filename="../seating/menu.py" line="71"/>
        <source>Save region cards</source>
        <translation>ذخیره کارت‌های نام استان‌ها</translation>
    </message>
    <message>
        <location filename="../seating/menu.py" line="73"/>
        <source>PDF (*.pdf)</source>
        <translation>پرونده‌های PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Mrz</name>
    <message>
        <location filename="../widgets/mrz_field.py" line="72"/>
        <source>document number</source>
        <extracomment>The fields a zone fills, in the order the differences dialog lists them.</extracomment>
        <translation>شمارهٔ سند</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="73"/>
        <source>date of birth</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="74"/>
        <source>expiry date</source>
        <translation>تاریخ انقضا</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="75"/>
        <source>personal number</source>
        <translation>شمارهٔ شخصی</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="76"/>
        <source>composite (whole line)</source>
        <translation>کلی (کل سطر)</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="77"/>
        <source>nationality</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="78"/>
        <source>issuing state</source>
        <translation>کشور صادرکننده</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="79"/>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="80"/>
        <source>sex</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="81"/>
        <source>document code</source>
        <translation>کد سند</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="89"/>
        <source>Not a complete zone yet: a passport has 2 lines of 44 characters, an ID card 3 lines of 30.</source>
        <translation>ناحیه هنوز کامل نیست: گذرنامه ۲ سطر ۴۴ نویسه‌ای دارد و کارت شناسایی ۳ سطر ۳۰ نویسه‌ای.</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="94"/>
        <source>The zone holds characters a passport never prints.</source>
        <translation>ناحیه نویسه‌هایی دارد که هیچ گذرنامه‌ای چاپ نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="97"/>
        <source>Check digit wrong: %1. Nothing was filled in; read the passport again.</source>
        <translation>رقم کنترل نادرست است: %1. چیزی درج نشد؛ گذرنامه را دوباره بخوانید.</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="101"/>
        <source>Not valid: %1. Nothing was filled in.</source>
        <translation>نامعتبر: %1. چیزی درج نشد.</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="108"/>
        <source>The document has expired.</source>
        <translation>اعتبار سند به پایان رسیده است.</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="109"/>
        <source>The document expires before the event&apos;s last day.</source>
        <translation>اعتبار سند پیش از آخرین روز اجلاس به پایان می‌رسد.</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="112"/>
        <source>The document expires less than six months after the event.</source>
        <translation>اعتبار سند کمتر از شش ماه پس از اجلاس به پایان می‌رسد.</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="115"/>
        <source>The nationality differs from the delegation&apos;s country.</source>
        <translation>تابعیت با کشور هیئت یکسان نیست.</translation>
    </message>
</context>
<context>
    <name>MrzDifferencesDialog</name>
    <message>
        <location filename="../widgets/mrz_field.py" line="285"/>
        <source>The passport differs from the record</source>
        <translation>گذرنامه با اطلاعات ثبت‌شده یکسان نیست</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="290"/>
        <source>Tick the values to take from the passport. Changing a name or the document number of an approved person sends them back to protocol for approval.</source>
        <translation>مقادیری را که باید از گذرنامه برداشته شود علامت بزنید. تغییر نام یا شمارهٔ سند فرد تأییدشده، او را برای تأیید دوباره به تشریفات بازمی‌گرداند.</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="299"/>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="299"/>
        <source>On record</source>
        <translation>اطلاعات ثبت‌شده</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="299"/>
        <source>In the passport</source>
        <translation>در گذرنامه</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="299"/>
        <source>Accept</source>
        <translation>پذیرفتن</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="328"/>
        <source>Take the ticked values</source>
        <translation>برداشتن مقادیر علامت‌خورده</translation>
    </message>
</context>
<context>
    <name>MrzField</name>
    <message>
        <location filename="../widgets/mrz_field.py" line="171"/>
        <source>Passport or ID card: machine-readable zone</source>
        <translation>گذرنامه یا کارت شناسایی: ناحیهٔ ماشین‌خوان</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="187"/>
        <source>Read the passport with the MRZ reader, or type or paste the lines at the bottom of its photo page</source>
        <extracomment>(the event&apos;s last day, the delegation&apos;s country) for the document checks.</extracomment>
        <translation>گذرنامه را با دستگاه خوانندهٔ MRZ بخوانید، یا سطرهای پایین صفحهٔ عکس‌دار آن را تایپ کنید یا بچسبانید</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="197"/>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="232"/>
        <source>Waiting for the zone (2 lines of a passport or 3 of an ID card).</source>
        <translation>در انتظار ناحیه (۲ سطر گذرنامه یا ۳ سطر کارت شناسایی).</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="253"/>
        <source>All check digits verify: %1</source>
        <translation>همهٔ ارقام کنترل درست است: %1</translation>
    </message>
</context>
<context>
    <name>Operator</name>
    <message>
        <location filename="../operator.py" line="49"/>
        <source>Desk: check-in and badges</source>
        <extracomment>The audit trail keeps at most this many characters of the name.</extracomment>
        <translation>میز پذیرش: ورود و کارت‌ها</translation>
    </message>
    <message>
        <location filename="../operator.py" line="50"/>
        <source>Protocol: seating and name cards</source>
        <translation>تشریفات: جایگاه‌ها و کارت‌های نام</translation>
    </message>
    <message>
        <location filename="../operator.py" line="51"/>
        <source>Admin: everything</source>
        <translation>مدیر: همهٔ کارها</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../operator.py" line="79"/>
        <source>Who is at the desk?</source>
        <translation>متصدی میز کیست؟</translation>
    </message>
    <message>
        <location filename="../operator.py" line="83"/>
        <source>Type your name. It is written next to every change you make during this shift, so colleagues know whom to ask.</source>
        <translation>نام خود را بنویسید. این نام کنار هر تغییری که در این نوبت کاری می‌دهید ثبت می‌شود تا همکاران بدانند از چه کسی بپرسند.</translation>
    </message>
    <message>
        <location filename="../operator.py" line="92"/>
        <source>Your name</source>
        <translation>نام شما</translation>
    </message>
    <message>
        <location filename="../operator.py" line="105"/>
        <source>Role:</source>
        <translation>نقش:</translation>
    </message>
    <message>
        <location filename="../operator.py" line="106"/>
        <source>PIN:</source>
        <translation>رمز:</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../seating/order_dialog.py" line="22"/>
        <source>Order of precedence</source>
        <translation>ترتیب تقدم تشریفاتی</translation>
    </message>
    <message>
        <location filename="../seating/order_dialog.py" line="34"/>
        <source>Drag the delegations into order; the host stays at the centre.</source>
        <translation>هیئت‌ها را با کشیدن مرتب کنید؛ میزبان در مرکز می‌ماند.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../people/table_model.py" line="61"/>
        <source>Name</source>
        <extracomment>Emitted when a selection&apos;s rows have arrived (they are loaded off the UI thread). (sort key in the core, header text source)</extracomment>
        <translation>نام کامل</translation>
    </message>
    <message>
        <location filename="../people/table_model.py" line="62"/>
        <source>Family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../people/table_model.py" line="63"/>
        <source>Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../people/table_model.py" line="64"/>
        <source>Persian name</source>
        <translation>نام فارسی</translation>
    </message>
    <message>
        <location filename="../people/table_model.py" line="65"/>
        <source>Native name</source>
        <translation>نام به خط بومی</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="158"/>
        <location filename="../people/table_model.py" line="66"/>
        <source>Category</source>
        <translation>رده</translation>
    </message>
    <message>
        <location filename="../people/table_model.py" line="67"/>
        <source>Title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location filename="../people/table_model.py" line="68"/>
        <source>Delegation</source>
        <translation>هیئت</translation>
    </message>
    <message>
        <location filename="../people/table_model.py" line="69"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>PersianNames</name>
    <message>
        <location filename="../persian_names/menu.py" line="21"/>
        <source>&amp;Persian names…</source>
        <translation>&amp;نام‌های فارسی…</translation>
    </message>
</context>
<context>
    <name>PersianNamesModel</name>
    <message>
        <location filename="../persian_names/model.py" line="59"/>
        <source>Latin name</source>
        <extracomment>The name as it will be accepted: the proposal, or what the person typed over it. Region code -&gt; its name in the reader&apos;s language.</extracomment>
        <translation>نام لاتین</translation>
    </message>
    <message>
        <location filename="../persian_names/model.py" line="60"/>
        <source>Native name</source>
        <translation>نام به خط بومی</translation>
    </message>
    <message>
        <location filename="../persian_names/model.py" line="61"/>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <location filename="../persian_names/model.py" line="62"/>
        <source>Proposed Persian name</source>
        <translation>نام فارسی پیشنهادی</translation>
    </message>
    <message>
        <location filename="../persian_names/model.py" line="63"/>
        <source>Confidence</source>
        <translation>اطمینان</translation>
    </message>
    <message>
        <location filename="../persian_names/model.py" line="70"/>
        <source>high</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <location filename="../persian_names/model.py" line="70"/>
        <source>medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="../persian_names/model.py" line="70"/>
        <source>low</source>
        <translation>کم</translation>
    </message>
    <message>
        <location filename="../persian_names/model.py" line="91"/>
        <source>Proposed: %1</source>
        <translation>پیشنهاد: %1</translation>
    </message>
</context>
<context>
    <name>PersianNamesWindow</name>
    <message>
        <location filename="../persian_names/window.py" line="64"/>
        <source>Persian names</source>
        <extracomment>The ids whose Persian name was stored, once committed. The rows were (re)loaded. a callable giving the operator&apos;s name (asked once per shift), or the name itself</extracomment>
        <translation>نام‌های فارسی</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="76"/>
        <source>All regions</source>
        <translation>همهٔ استان‌ها</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="82"/>
        <source>Region:</source>
        <translation>استان:</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="104"/>
        <source>Persian name</source>
        <translation>نام فارسی</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="105"/>
        <source>Accept (Enter)</source>
        <translation>پذیرش (Enter)</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="107"/>
        <source>Accept all shown (Ctrl+Enter)</source>
        <translation>پذیرش همهٔ فهرست (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="110"/>
        <source>Persian name:</source>
        <translation>نام فارسی:</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="119"/>
        <source>Enter accepts the name in the box and moves to the next person; Up and Down move; correct the name before Enter. Nothing is stored until accepted.</source>
        <translation>با کلید Enter نام درون کادر پذیرفته می‌شود و به نفر بعد می‌روید؛ با کلیدهای بالا و پایین جابه‌جا شوید؛ پیش از Enter نام را اصلاح کنید. تا پذیرفته نشود چیزی ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="135"/>
        <source>Accept all shown</source>
        <translation>پذیرش همهٔ فهرست</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="171"/>
        <source>The list could not be read.</source>
        <translation>فهرست خوانده نشد.</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="177"/>
        <source>%1 people without a Persian name</source>
        <translation>%1 نفر بدون نام فارسی</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="232"/>
        <source>Nothing was stored: the operator&apos;s name is needed for the record.</source>
        <translation>چیزی ذخیره نشد: نام کاربر برای ثبت لازم است.</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="242"/>
        <source>Type the Persian name first (or move on with Down).</source>
        <translation>نخست نام فارسی را بنویسید (یا با کلید پایین به نفر بعد بروید).</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="253"/>
        <source>Not stored: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="256"/>
        <source>Stored: %1 → %2</source>
        <translation>ذخیره شد: %1 → %2</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="279"/>
        <source>Nothing was stored: %1</source>
        <translation>چیزی ذخیره نشد: %1</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="281"/>
        <source>%1 Persian names stored.</source>
        <translation>%1 نام فارسی ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../photo/dialog.py" line="58"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>عکس‌ها (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="104"/>
        <location filename="../photo/dialog.py" line="360"/>
        <source>This person no longer exists in the database.</source>
        <extracomment>The person&apos;s id after their photo was saved.</extracomment>
        <translation>این فرد دیگر در پایگاه داده وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="106"/>
        <source>Photo — %1</source>
        <translation>عکس — %1</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="110"/>
        <source>Choose a file…</source>
        <translation>انتخاب پرونده…</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="112"/>
        <source>Camera</source>
        <translation>دوربین</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="114"/>
        <source>Take the picture</source>
        <translation>گرفتن عکس</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="125"/>
        <source>Choose a photo file or use the camera.</source>
        <translation>یک پروندهٔ عکس انتخاب کنید یا از دوربین استفاده کنید.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="136"/>
        <source>The badge will show:</source>
        <translation>روی کارت نمایش داده می‌شود:</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="145"/>
        <source>Drag the box to move it, drag a corner to resize it (arrow keys and +/− also work).</source>
        <translation>برای جابه‌جا کردن کادر، آن را بکشید و برای تغییر اندازه، گوشهٔ آن را بکشید (کلیدهای جهت‌نما و +/− نیز کار می‌کنند).</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="161"/>
        <source>Save photo</source>
        <translation>ذخیرهٔ عکس</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="165"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="193"/>
        <source>Choose a photo</source>
        <translation>انتخاب عکس</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="201"/>
        <source>Reading %1…</source>
        <translation>در حال خواندن %1…</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="205"/>
        <source>Reading the picture…</source>
        <translation>در حال خواندن تصویر…</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="232"/>
        <source>%1 cannot be used as a photo: the file is damaged or not a picture.</source>
        <translation>از %1 نمی‌توان به‌عنوان عکس استفاده کرد: پرونده آسیب دیده یا تصویر نیست.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="246"/>
        <source>There is no camera support in this installation (Qt Multimedia is missing). Take the picture with another device and choose the file instead.</source>
        <translation>این نصب از دوربین پشتیبانی نمی‌کند (Qt Multimedia موجود نیست). عکس را با دستگاه دیگری بگیرید و به‌جای آن پرونده را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="253"/>
        <source>No camera was found. Connect a camera, or choose a photo file instead.</source>
        <translation>دوربینی پیدا نشد. دوربین را وصل کنید یا به‌جای آن یک پروندهٔ عکس انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="263"/>
        <source>The camera stopped: %1</source>
        <translation>دوربین متوقف شد: %1</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="269"/>
        <source>The camera could not be started. Choose a photo file instead.</source>
        <translation>دوربین راه‌اندازی نشد. به‌جای آن یک پروندهٔ عکس انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="271"/>
        <source>Camera on: frame the face, then press «Take the picture».</source>
        <translation>دوربین روشن است: چهره را در کادر قرار دهید، سپس «گرفتن عکس» را بزنید.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="286"/>
        <source>The camera gave no picture yet; try again.</source>
        <translation>دوربین هنوز تصویری نداده است؛ دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="292"/>
        <source>camera</source>
        <translation>دوربین</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="333"/>
        <source>%1 × %2 pixels from a %3 × %4 picture.</source>
        <translation>%1 × %2 پیکسل از تصویری %3 × %4.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="340"/>
        <source>This is small; the badge photo may print blurred.</source>
        <translation>این اندازه کوچک است؛ ممکن است عکس کارت تار چاپ شود.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="349"/>
        <source>Choose a photo file or take a picture first.</source>
        <translation>ابتدا یک پروندهٔ عکس انتخاب کنید یا عکس بگیرید.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="353"/>
        <source>Not saved: the operator&apos;s name is needed to record the change.</source>
        <translation>ذخیره نشد: برای ثبت تغییر، نام متصدی لازم است.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="369"/>
        <source>The photo was not saved: an unexpected error occurred (details are in the log file).</source>
        <translation>عکس ذخیره نشد: خطای پیش‌بینی‌نشده‌ای رخ داد (جزئیات در پروندهٔ گزارش).</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../import_wizard/preview_model.py" line="140"/>
        <source>Import</source>
        <extracomment>Emitted after the desk changed a cell (the preview should be checked again). Emitted when a row&apos;s tick changes.</extracomment>
        <translation>وارد شود</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_model.py" line="142"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_model.py" line="144"/>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_model.py" line="146"/>
        <source>Problems</source>
        <translation>اشکال‌ها</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_model.py" line="221"/>
        <source>New person</source>
        <translation>فرد جدید</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_model.py" line="222"/>
        <source>Updates a registered person</source>
        <translation>به‌روزرسانی فرد ثبت‌شده</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_model.py" line="223"/>
        <source>Has problems</source>
        <translation>دارای اشکال</translation>
    </message>
</context>
<context>
    <name>PrintBadgesDialog</name>
    <message>
        <location filename="../badges/print_dialog.py" line="100"/>
        <location filename="../badges/print_dialog.py" line="520"/>
        <source>Print badges</source>
        <extracomment>Emitted after the badges were printed or saved and marked printed (the badge ids). Emitted when a preview is on screen (or failed: then with None). Emitted with the message shown when something could not be done.</extracomment>
        <translation>چاپ کارت‌ها</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="123"/>
        <source>Whose badges</source>
        <translation>کارت چه کسانی</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="127"/>
        <source>The selected people (%1)</source>
        <translation>افراد انتخاب‌شده (%1)</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="131"/>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="133"/>
        <source>Everyone in the tree&apos;s branch «%1»</source>
        <translation>همهٔ افراد شاخهٔ «%1»</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="136"/>
        <source>A region:</source>
        <translation>یک استان:</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="142"/>
        <source>A category:</source>
        <translation>یک رده:</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="153"/>
        <source>Only people whose badge is not printed yet</source>
        <translation>فقط افرادی که کارتشان هنوز چاپ نشده است</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="159"/>
        <source>Template</source>
        <translation>قالب</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="174"/>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="180"/>
        <source>Preview gives a badge number to people who have none. Badges are marked printed only after printing or saving succeeded.</source>
        <translation>پیش‌نمایش به افرادی که شمارهٔ کارت ندارند شماره می‌دهد. کارت‌ها فقط پس از چاپ یا ذخیرهٔ موفق «چاپ‌شده» علامت می‌خورند.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="189"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="212"/>
        <source>Choose whose badges, then Preview.</source>
        <translation>کارت چه کسانی را انتخاب کنید، سپس «پیش‌نمایش» را بزنید.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="241"/>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="243"/>
        <source>Save PDF…</source>
        <translation>ذخیرهٔ PDF…</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="289"/>
        <location filename="../badges/print_dialog.py" line="380"/>
        <source>The choice changed: Preview again.</source>
        <translation>انتخاب تغییر کرد: دوباره «پیش‌نمایش» را بزنید.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="316"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="326"/>
        <location filename="../badges/print_dialog.py" line="327"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="330"/>
        <source>Nobody was given a badge number. %1</source>
        <translation>به کسی شمارهٔ کارت داده نشد. %1</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="334"/>
        <source>An unexpected error occurred (details are in the log file).</source>
        <translation>خطای پیش‌بینی‌نشده‌ای رخ داد (جزئیات در پروندهٔ گزارش).</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="354"/>
        <source>Checking names against the fonts…</source>
        <translation>در حال بررسی نام‌ها با قلم‌ها…</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="357"/>
        <source>Rendering badges: %1 of %2</source>
        <translation>ساختن کارت‌ها: %1 از %2</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="358"/>
        <source>Preparing the preview: page %1 of %2</source>
        <translation>آماده‌سازی پیش‌نمایش: صفحهٔ %1 از %2</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="392"/>
        <source>No preview.</source>
        <translation>پیش‌نمایشی نیست.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="393"/>
        <source>No preview</source>
        <translation>بدون پیش‌نمایش</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="425"/>
        <source>Badges: %1 on %2 pages (newly numbered: %3).</source>
        <translation>کارت‌ها: %1 در %2 صفحه (با شمارهٔ تازه: %3).</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="429"/>
        <source>Cancelled, skipped: %1.</source>
        <translation>لغوشده‌ها کنار گذاشته شدند: %1.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="431"/>
        <source>Awaiting approval, left out: %1.</source>
        <translation>افراد در انتظار تأیید کنار گذاشته شدند: %1.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="434"/>
        <source>The pages cannot be shown or printed here: pdftoppm (poppler-utils) is not installed. Save the PDF and print it from a PDF viewer.</source>
        <translation>صفحه‌ها اینجا نمایش داده یا چاپ نمی‌شوند: pdftoppm (از poppler-utils) نصب نیست. PDF را ذخیره و از یک نمایشگر PDF چاپ کنید.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="438"/>
        <source>Showing the first %1 pages; all %2 will be printed.</source>
        <translation>%1 صفحهٔ نخست نمایش داده می‌شود؛ هر %2 صفحه چاپ خواهد شد.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="451"/>
        <source>Page %1 of %2 — %3 × %4 mm</source>
        <translation>صفحهٔ %1 از %2 — %3 × %4 میلی‌متر</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="474"/>
        <source>Not marked printed</source>
        <translation>«چاپ‌شده» علامت نخورد</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="486"/>
        <source>Save badges as PDF</source>
        <translation>ذخیرهٔ کارت‌ها به‌صورت PDF</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="486"/>
        <source>PDF (*.pdf)</source>
        <translation>پروندهٔ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="507"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 نوشته نشد: %2</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="508"/>
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="511"/>
        <source>Saved. Marked printed: %1.</source>
        <translation>ذخیره شد. «چاپ‌شده» علامت خورد: %1.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="534"/>
        <source>Sending to the printer: page %1 of %2</source>
        <translation>ارسال به چاپگر: صفحهٔ %1 از %2</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="548"/>
        <source>Sent to the printer. Marked printed: %1.</source>
        <translation>به چاپگر فرستاده شد. «چاپ‌شده» علامت خورد: %1.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="554"/>
        <source>Not printed</source>
        <translation>چاپ نشد</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <location filename="../badges/queue.py" line="191"/>
        <source>Badge print queue</source>
        <extracomment>Emitted after each scan at hand-over (the core&apos;s :class:`HandOver`), for tests and the window. Emitted when the three lists were re-read. Emitted when a scan changed the data (the window refreshes its table and card). &quot;Print these&quot; from the to-print list: the delegate ids (empty: all not yet printed).</extracomment>
        <translation>صف چاپ کارت</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="219"/>
        <source>Scan the badge being handed over (or type its code and press Enter)</source>
        <translation>کارتی را که تحویل داده می‌شود اسکن کنید (یا کد آن را بنویسید و Enter را بزنید)</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="223"/>
        <source>Mark collected</source>
        <translation>ثبت تحویل</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="226"/>
        <source>Ready: scan a badge at hand-over.</source>
        <translation>آماده: هنگام تحویل، کارت را اسکن کنید.</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="237"/>
        <source>Print badges not yet printed…</source>
        <translation>چاپ کارت‌هایی که هنوز چاپ نشده‌اند…</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="240"/>
        <source>Refresh</source>
        <translation>بازخوانی</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="243"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="247"/>
        <source>Hand-over:</source>
        <translation>تحویل:</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="289"/>
        <source>To print (%1)</source>
        <translation>برای چاپ (%1)</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="290"/>
        <source>Printed, not collected (%1)</source>
        <translation>چاپ‌شده، تحویل‌نشده (%1)</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="291"/>
        <source>Collected (%1)</source>
        <translation>تحویل‌شده (%1)</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="317"/>
        <source>The queue could not be read (details are in the log file).</source>
        <translation>صف خوانده نشد (جزئیات در پروندهٔ گزارش).</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="383"/>
        <source>The scan could not be recorded. Scan again; if it fails again, call the supervisor.</source>
        <translation>اسکن ثبت نشد. دوباره اسکن کنید؛ اگر باز هم ثبت نشد، سرپرست را خبر کنید.</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="405"/>
        <source>Badge %1 handed to %2: marked collected.</source>
        <translation>کارت %1 به %2 تحویل شد: «تحویل‌شده» ثبت شد.</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="407"/>
        <source>Badge %1 of %2 was already collected. Nothing changed.</source>
        <translation>کارت %1 متعلق به %2 پیش‌تر تحویل شده بود. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="412"/>
        <source>DO NOT HAND OVER: badge %1 version %3 of %2 is revoked (%4). Keep it; print the current badge. Nothing changed.</source>
        <translation>تحویل ندهید: نسخهٔ %3 کارت %1 متعلق به %2 باطل شده است (%4). آن را نگه دارید و کارت معتبر کنونی را چاپ کنید. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="418"/>
        <source>FORGED OR DAMAGED CODE: this badge was not made with this event&apos;s key. Keep it and call the supervisor. Nothing changed.</source>
        <translation>کد جعلی یا آسیب‌دیده: این کارت با کلید این اجلاس ساخته نشده است. آن را نگه دارید و سرپرست را خبر کنید. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="422"/>
        <source>This badge belongs to another event. Nothing changed.</source>
        <translation>این کارت متعلق به رویداد دیگری است. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="425"/>
        <source>Badge %1 is signed for this event but not in this database. Nothing changed.</source>
        <translation>کارت %1 برای این اجلاس امضا شده ولی در این پایگاه داده نیست. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="428"/>
        <source>Not a badge code (another barcode, or a misread): scan again. Nothing changed.</source>
        <translation>کد کارت نیست (بارکد دیگری است یا درست خوانده نشد): دوباره اسکن کنید. چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>ReissueDialog</name>
    <message>
        <location filename="../badges/reissue.py" line="36"/>
        <source>Reissue badge</source>
        <translation>صدور مجدد کارت</translation>
    </message>
    <message>
        <location filename="../badges/reissue.py" line="40"/>
        <source>Badge %1 of %2 (version %3) will be revoked at every door, and version %4 issued.</source>
        <translation>کارت %1 متعلق به %2 (نسخهٔ %3) در همهٔ ورودی‌ها باطل و نسخهٔ %4 صادر می‌شود.</translation>
    </message>
    <message>
        <location filename="../badges/reissue.py" line="58"/>
        <source>Reissue</source>
        <translation>صدور مجدد</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../roles_dialog.py" line="35"/>
        <source>Roles and PINs</source>
        <translation>نقش‌ها و رمزها</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="54"/>
        <source>Role:</source>
        <translation>نقش:</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="55"/>
        <source>New PIN:</source>
        <translation>رمز جدید:</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="56"/>
        <source>New PIN again:</source>
        <translation>تکرار رمز جدید:</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="62"/>
        <source>&amp;Set PIN</source>
        <translation>&amp;ثبت رمز</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="65"/>
        <source>&amp;Clear all PINs…</source>
        <translation>&amp;پاک کردن همهٔ رمزها…</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="80"/>
        <source>PINs are on: every change needs a role signed in with its PIN.</source>
        <translation>رمزها فعال است: هر تغییری به ورود با یک نقش و رمز آن نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="83"/>
        <source>Open mode: no admin PIN is set, so every action is allowed. Set the admin PIN first.</source>
        <translation>حالت باز: رمز مدیر تعیین نشده است، پس همهٔ کارها مجاز است. ابتدا رمز مدیر را تعیین کنید.</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="89"/>
        <source>With a PIN: %1</source>
        <translation>دارای رمز: %1</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="91"/>
        <source>Without a PIN (cannot sign in): %1</source>
        <translation>بدون رمز (ورود ممکن نیست): %1</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="104"/>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>دو رمز یکسان نیستند؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="112"/>
        <source>PIN set for %1.</source>
        <translation>رمز برای «%1» ثبت شد.</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="119"/>
        <source>Clear all PINs</source>
        <translation>پاک کردن همهٔ رمزها</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="120"/>
        <source>Remove every PIN? Every desk goes back to open mode, where anyone may do anything.</source>
        <translation>همهٔ رمزها پاک شود؟ همهٔ میزها به حالت باز برمی‌گردند و هر کسی هر کاری می‌تواند بکند.</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="129"/>
        <source>All PINs removed: open mode.</source>
        <translation>همهٔ رمزها پاک شد: حالت باز.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../widgets/search_panel.py" line="177"/>
        <source>Find anyone: name in any script, badge, passport, phone… (Ctrl+F)</source>
        <extracomment>A person was chosen (Enter, click): the window shows their card. Results for the current text arrived (also emitted for an empty query). The query was cleared: the window goes back to its table.</extracomment>
        <translation>جست‌وجوی هر کس: نام به هر خطی، کارت، گذرنامه، تلفن… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../widgets/search_panel.py" line="226"/>
        <source>All regions</source>
        <translation>همهٔ استان‌ها</translation>
    </message>
    <message>
        <location filename="../widgets/search_panel.py" line="227"/>
        <source>All categories</source>
        <translation>همهٔ رده‌ها</translation>
    </message>
    <message>
        <location filename="../widgets/search_panel.py" line="228"/>
        <source>Any status</source>
        <translation>هر وضعیتی</translation>
    </message>
    <message>
        <location filename="../widgets/search_panel.py" line="298"/>
        <source>%1 found — ↓ to choose, Enter to open, Esc to clear</source>
        <translation>%1 نفر پیدا شد — ↓ برای انتخاب، Enter برای باز کردن، Esc برای پاک کردن</translation>
    </message>
    <message>
        <location filename="../widgets/search_panel.py" line="299"/>
        <source>Nobody found</source>
        <translation>کسی پیدا نشد</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../widgets/search_panel.py" line="91"/>
        <source>Match: %1</source>
        <translation>تطابق: %1</translation>
    </message>
</context>
<context>
    <name>SeatingEditor</name>
    <message>
        <location filename="../seating/editor.py" line="107"/>
        <source>Rank, then region name</source>
        <translation>رتبه، سپس نام استان</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="108"/>
        <source>Rank, then country and region</source>
        <translation>رتبه، سپس کشور و استان</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="109"/>
        <source>Order set by hand</source>
        <translation>ترتیب دستی</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="112"/>
        <source>Persian alphabet</source>
        <translation>الفبای فارسی</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="113"/>
        <source>English alphabet</source>
        <translation>الفبای انگلیسی</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="114"/>
        <source>Russian alphabet</source>
        <translation>الفبای روسی</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="115"/>
        <location filename="../seating/editor_actions.py" line="55"/>
        <source>&amp;Arrange</source>
        <translation>&amp;چیدمان</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="117"/>
        <source>Seat everyone by protocol; locked seats stay as they are</source>
        <translation>همه را طبق تشریفات بنشانید؛ صندلی‌های قفل‌شده تغییر نمی‌کنند</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="118"/>
        <location filename="../seating/editor_actions.py" line="63"/>
        <source>&amp;Order by hand…</source>
        <translation>ترتیب &amp;دستی…</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="120"/>
        <source>Put the delegations in the order of precedence you want</source>
        <translation>هیئت‌ها را به ترتیب تقدم دلخواه قرار دهید</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="121"/>
        <location filename="../seating/editor_actions.py" line="70"/>
        <source>&amp;Print…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="123"/>
        <source>Save the seating chart, the name cards and the seat slips as PDF</source>
        <translation>ذخیرهٔ نقشهٔ جانمایی، کارت‌های نام و برگه‌های صندلی به‌صورت PDF</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="126"/>
        <source>Session:</source>
        <translation>نشست:</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="128"/>
        <source>Precedence:</source>
        <translation>ترتیب تقدم:</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="165"/>
        <source>Selected seat</source>
        <translation>صندلی انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="207"/>
        <source>Seating — %1</source>
        <translation>جانمایی — %1</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="290"/>
        <source>Unseated: %1</source>
        <translation>بدون صندلی: %1</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="299"/>
        <source>Conflicts: %1</source>
        <translation>ناسازگاری‌ها: %1</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="302"/>
        <source>%1 of %2 seats taken</source>
        <translation>%1 از %2 صندلی پر شده</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="306"/>
        <location filename="../seating/items.py" line="137"/>
        <source>Seat %1</source>
        <extracomment>The window&apos;s small font size in pixels (:func:`~.legibility.small_font_px`). The keyboard&apos;s seat cursor is here / this seat&apos;s occupant is being moved by keyboard. What the last paint drew: the words&apos; size in device pixels (0: too small, not drawn) and the name&apos;s lines.</extracomment>
        <translation>صندلی %1</translation>
    </message>
    <message>
        <location filename="../seating/items.py" line="145"/>
        <source>Locked: kept when arranging again</source>
        <translation>قفل‌شده: در چیدمان دوباره همین‌جا می‌ماند</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="314"/>
        <source>Why here: %1</source>
        <translation>دلیل این جایگاه: %1</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="316"/>
        <source>Locked</source>
        <translation>قفل‌شده</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="351"/>
        <source>Unlock seat</source>
        <translation>باز کردن قفل صندلی</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="351"/>
        <source>Lock seat</source>
        <translation>قفل کردن صندلی</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="356"/>
        <source>Remove from seat</source>
        <translation>برداشتن از صندلی</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="391"/>
        <source>Arranging…</source>
        <translation>در حال چیدمان…</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="408"/>
        <source>arranged in %1 ms</source>
        <translation>چیدمان در %1 میلی‌ثانیه</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="423"/>
        <source>Save the seating PDFs in</source>
        <translation>ذخیرهٔ PDFهای جانمایی در</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="436"/>
        <source>%1 seated people have no Persian name: the Persian sheets show their Latin name marked for review (Protocol → Persian names adds them).

%2

Print anyway?</source>
        <translation>%1 نفر از نشستگان نام فارسی ندارند: برگه‌های فارسی نام لاتین آنان را با نشان بازبینی چاپ می‌کنند (تشریفات ← نام‌های فارسی آن‌ها را می‌افزاید).

%2

با این حال چاپ شود؟</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="439"/>
        <source>Persian names missing</source>
        <translation>نام فارسی ندارند</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="447"/>
        <source>Printing…</source>
        <translation>در حال چاپ…</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="463"/>
        <source>Saved: %1</source>
        <translation>ذخیره شد: %1</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="468"/>
        <source>Cannot print</source>
        <translation>چاپ ممکن نیست</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="51"/>
        <source>P&amp;lan</source>
        <translation>&amp;نقشه</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="79"/>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="84"/>
        <source>S&amp;eat</source>
        <translation>&amp;صندلی</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="89"/>
        <source>&amp;Place or move the chosen person</source>
        <translation>&amp;نشاندن یا جابه‌جا کردن فرد انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="98"/>
        <source>&amp;Remove from seat</source>
        <translation>&amp;برداشتن از صندلی</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="107"/>
        <source>&amp;Lock or unlock seat</source>
        <translation>&amp;قفل کردن یا باز کردن قفل صندلی</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="116"/>
        <source>&amp;Cancel the move</source>
        <translation>&amp;لغو جابه‌جایی</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="123"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="127"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;بزرگ‌نمایی</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="135"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;کوچک‌نمایی</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="143"/>
        <source>&amp;Fit the whole room</source>
        <translation>&amp;کل تالار در پنجره</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="151"/>
        <source>&amp;Readable size</source>
        <translation>اندازهٔ &amp;خوانا</translation>
    </message>
    <message>
        <location filename="../seating/keyboard.py" line="86"/>
        <source>Seating %1: choose a seat with the arrow keys and press Enter; Esc lets go</source>
        <translation>نشاندن %1: صندلی را با کلیدهای جهت‌نما انتخاب کنید و Enter را بزنید؛ Esc رها می‌کند</translation>
    </message>
    <message>
        <location filename="../seating/keyboard.py" line="144"/>
        <source>Zoom %1%</source>
        <translation>بزرگ‌نمایی %1٪</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <location filename="../editor/stale_edit.py" line="29"/>
        <source>Someone else saved this person</source>
        <translation>کس دیگری اطلاعات این فرد را ذخیره کرد</translation>
    </message>
    <message>
        <location filename="../editor/stale_edit.py" line="33"/>
        <source>Another desk saved this person while you were editing, so your changes were not saved. Compare the two versions, then reload the saved one and make your changes again.</source>
        <translation>میز دیگری هنگام ویرایش شما اطلاعات این فرد را ذخیره کرد، از این رو تغییرات شما ذخیره نشد. دو نسخه را مقایسه کنید، سپس نسخهٔ ذخیره‌شده را دوباره بارگذاری و تغییرات خود را دوباره وارد کنید.</translation>
    </message>
    <message>
        <location filename="../editor/stale_edit.py" line="42"/>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <location filename="../editor/stale_edit.py" line="42"/>
        <source>Saved by the other desk</source>
        <translation>ذخیره‌شده توسط میز دیگر</translation>
    </message>
    <message>
        <location filename="../editor/stale_edit.py" line="42"/>
        <source>Your copy</source>
        <translation>نسخهٔ شما</translation>
    </message>
    <message>
        <location filename="../editor/stale_edit.py" line="57"/>
        <source>Reload the saved version</source>
        <translation>بارگذاری نسخهٔ ذخیره‌شده</translation>
    </message>
    <message>
        <location filename="../editor/stale_edit.py" line="61"/>
        <source>Back to my copy</source>
        <translation>بازگشت به نسخهٔ من</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../labels.py" line="23"/>
        <source>Registered</source>
        <translation>ثبت‌شده</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25"/>
        <source>Badge printed</source>
        <translation>کارت چاپ‌شده</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26"/>
        <source>Badge collected</source>
        <translation>کارت تحویل‌شده</translation>
    </message>
    <message>
        <location filename="../labels.py" line="27"/>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../checkin/verdict.py" line="110"/>
        <source>Zones</source>
        <translation>محدوده‌ها</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="111"/>
        <source>Badge</source>
        <translation>کارت</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="112"/>
        <source>First check-in</source>
        <translation>نخستین ورود</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="138"/>
        <source>Dismiss (Esc)</source>
        <translation>بستن (Esc)</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="208"/>
        <source>Ready: scan a badge</source>
        <translation>آماده: کارت را اسکن کنید</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="209"/>
        <source>Or find a person without a badge by name below.</source>
        <translation>یا فرد بدون کارت را در پایین با نام پیدا کنید.</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="224"/>
        <source>Not recorded</source>
        <translation>ثبت نشد</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="236"/>
        <source>Decided by this desk&apos;s copy: the server does not answer. The scan is kept here and goes to the server when it is back.</source>
        <translation>این رأی از نسخهٔ محلی این میز است: سرور پاسخ نمی‌دهد. اسکن همین‌جا نگه داشته می‌شود و وقتی سرور برگشت به آن فرستاده می‌شود.</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="256"/>
        <source>No photo</source>
        <translation>بدون عکس</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="267"/>
        <source>Head of delegation</source>
        <translation>رئیس هیئت</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="282"/>
        <source>%1: access granted</source>
        <translation>%1: ورود مجاز</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="282"/>
        <source>%1: no access</source>
        <translation>%1: ورود غیرمجاز</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="287"/>
        <source>%1 (version %2)</source>
        <translation>%1 (نسخهٔ %2)</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="290"/>
        <source>— just issued: print it</source>
        <translation>— هم‌اکنون صادر شد: آن را چاپ کنید</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="294"/>
        <source>unnamed desk</source>
        <translation>میز بی‌نام</translation>
    </message>
</context>
<context>
    <name>_DateTimeField</name>
    <message>
        <location filename="../editor/fields.py" line="77"/>
        <source>Known</source>
        <translation>معلوم</translation>
    </message>
</context>
</TS>
