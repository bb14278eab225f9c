<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="84" />
        <source>Cannot do that</source>
        <translation>این کار ممکن نیست</translation>
    </message>
    <message>
        <location filename="../app.py" line="89" />
        <source>Something went wrong</source>
        <translation>مشکلی پیش آمد</translation>
    </message>
    <message>
        <location filename="../app.py" line="90" />
        <source>The last action could not be completed. Your saved work is safe. Details were written to the log file:</source>
        <translation>آخرین کار انجام نشد. کارهای ذخیره‌شده شما سالم است. جزئیات در پرونده گزارش نوشته شد:</translation>
    </message>
    <message>
        <location filename="../app.py" line="125" />
        <source>Cannot open the database</source>
        <translation>پایگاه داده باز نشد</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../detail_pane.py" line="60" />
        <source>Name (passport)</source>
        <translation>نام (گذرنامه)</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="61" />
        <source>Persian name</source>
        <translation>نام فارسی</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="62" />
        <source>Native name</source>
        <translation>نام به خط بومی</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="63" />
        <source>Title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="64" />
        <source>Category</source>
        <translation>رده</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="65" />
        <source>Delegation</source>
        <translation>هیئت</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="66" />
        <source>Region</source>
        <translation>استان / منطقه</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="67" />
        <source>Organization</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="68" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="69" />
        <source>Nationality</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="70" />
        <source>Passport / ID</source>
        <translation>گذرنامه / کارت ملی</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="71" />
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="72" />
        <source>Email</source>
        <translation>رایانامه</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="73" />
        <source>Arrival – departure</source>
        <translation>ورود – خروج</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="74" />
        <source>Dietary and language needs</source>
        <translation>نیازهای غذایی و زبانی</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="75" />
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="83" />
        <source>Select a person to see their details</source>
        <translation>برای دیدن جزئیات، یک نفر را برگزینید</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="85" />
        <location filename="../detail_pane.py" line="125" />
        <source>No photo</source>
        <translation>بدون عکس</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="94" />
        <source>(to verify)</source>
        <translation>(نیازمند بررسی)</translation>
    </message>
</context>
<context>
    <name>DirectoryTreeModel</name>
    <message>
        <location filename="../tree_model.py" line="37" />
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../tree_model.py" line="37" />
        <source>Guests (not a region)</source>
        <translation>مهمانان (غیر استانی)</translation>
    </message>
    <message>
        <location filename="../tree_model.py" line="80" />
        <source>Regions and delegations</source>
        <translation>استان‌ها و هیئت‌ها</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="109" />
        <source>Accreditation — %1</source>
        <extracomment>Emitted with a database target when the user opens or creates another database. Emitted with a language code when the user picks another language.</extracomment>
        <translation>اعتبارنامه — %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112" />
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113" />
        <source>&amp;New database…</source>
        <translation>پایگاه داده &amp;جدید…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117" />
        <source>&amp;Open database…</source>
        <translation>&amp;باز کردن پایگاه داده…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121" />
        <source>Open &amp;server database…</source>
        <translation>باز کردن پایگاه داده &amp;سرور…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="125" />
        <source>&amp;Refresh</source>
        <translation>&amp;بازخوانی</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135" />
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136" />
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="145" />
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146" />
        <source>&amp;About</source>
        <translation>&amp;درباره</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162" />
        <source>Database: %1</source>
        <translation>پایگاه داده: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="189" />
        <source>%n people</source>
        <translation>
            <numerusform>%n نفر</numerusform><numerusform>%n نفر</numerusform></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200" />
        <source>New database</source>
        <translation>پایگاه داده جدید</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200" />
        <source>Databases (*.sqlite)</source>
        <translation>پایگاه‌های داده (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="207" />
        <source>Open database</source>
        <translation>باز کردن پایگاه داده</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="207" />
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>پایگاه‌های داده (*.sqlite *.db);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="215" />
        <source>Open server database</source>
        <translation>باز کردن پایگاه داده سرور</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="216" />
        <source>Database address, for example postgresql://desk@server/summit:</source>
        <translation>نشانی پایگاه داده، برای نمونه postgresql://desk@server/summit:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224" />
        <source>About</source>
        <translation>درباره</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="225" />
        <source>Accreditation %1
Database: %2
Log file: %3</source>
        <translation>سامانه اعتبارنامه %1
پایگاه داده: %2
پرونده گزارش: %3</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="232" />
        <source>Cannot do that</source>
        <translation>این کار ممکن نیست</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../people_model.py" line="52" />
        <source>Family name</source>
        <extracomment>(sort key in the core, header text source)</extracomment>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../people_model.py" line="53" />
        <source>Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../people_model.py" line="54" />
        <source>Persian name</source>
        <translation>نام فارسی</translation>
    </message>
    <message>
        <location filename="../people_model.py" line="55" />
        <source>Native name</source>
        <translation>نام به خط بومی</translation>
    </message>
    <message>
        <location filename="../people_model.py" line="56" />
        <source>Category</source>
        <translation>رده</translation>
    </message>
    <message>
        <location filename="../people_model.py" line="57" />
        <source>Title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location filename="../people_model.py" line="58" />
        <source>Delegation</source>
        <translation>هیئت</translation>
    </message>
    <message>
        <location filename="../people_model.py" line="59" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../labels.py" line="13" />
        <source>Registered</source>
        <translation>ثبت‌شده</translation>
    </message>
    <message>
        <location filename="../labels.py" line="14" />
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <location filename="../labels.py" line="15" />
        <source>Badge printed</source>
        <translation>کارت چاپ‌شده</translation>
    </message>
    <message>
        <location filename="../labels.py" line="16" />
        <source>Badge collected</source>
        <translation>کارت تحویل‌شده</translation>
    </message>
    <message>
        <location filename="../labels.py" line="17" />
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
</context>
</TS>