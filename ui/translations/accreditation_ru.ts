<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="84" />
        <source>Cannot do that</source>
        <translation>Это действие невозможно</translation>
    </message>
    <message>
        <location filename="../app.py" line="89" />
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../app.py" line="90" />
        <source>The last action could not be completed. Your saved work is safe. Details were written to the log file:</source>
        <translation>Последнее действие не выполнено. Сохранённые данные не пострадали. Подробности записаны в журнал:</translation>
    </message>
    <message>
        <location filename="../app.py" line="125" />
        <source>Cannot open the database</source>
        <translation>Не удалось открыть базу данных</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../detail_pane.py" line="60" />
        <source>Name (passport)</source>
        <translation>Имя (паспорт)</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="61" />
        <source>Persian name</source>
        <translation>Имя на персидском</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="62" />
        <source>Native name</source>
        <translation>Имя на родном языке</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="63" />
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="64" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="65" />
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="66" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="67" />
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="68" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="69" />
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="70" />
        <source>Passport / ID</source>
        <translation>Паспорт / удостоверение</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="71" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="72" />
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="73" />
        <source>Arrival – departure</source>
        <translation>Прибытие – отъезд</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="74" />
        <source>Dietary and language needs</source>
        <translation>Питание и языковые потребности</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="75" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="83" />
        <source>Select a person to see their details</source>
        <translation>Выберите участника, чтобы увидеть сведения</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="85" />
        <location filename="../detail_pane.py" line="125" />
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="94" />
        <source>(to verify)</source>
        <translation>(проверить)</translation>
    </message>
</context>
<context>
    <name>DirectoryTreeModel</name>
    <message>
        <location filename="../tree_model.py" line="37" />
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../tree_model.py" line="37" />
        <source>Guests (not a region)</source>
        <translation>Гости (не от регионов)</translation>
    </message>
    <message>
        <location filename="../tree_model.py" line="80" />
        <source>Regions and delegations</source>
        <translation>Регионы и делегации</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="109" />
        <source>Accreditation — %1</source>
        <extracomment>Emitted with a database target when the user opens or creates another database. Emitted with a language code when the user picks another language.</extracomment>
        <translation>Аккредитация — %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113" />
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117" />
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121" />
        <source>Open &amp;server database…</source>
        <translation>Открыть базу на &amp;сервере…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="125" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="145" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146" />
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162" />
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="189" />
        <source>%n people</source>
        <translation>
            <numerusform>%n чел.</numerusform><numerusform>%n чел.</numerusform><numerusform>%n чел.</numerusform></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200" />
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200" />
        <source>Databases (*.sqlite)</source>
        <translation>Базы данных (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="207" />
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="207" />
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="215" />
        <source>Open server database</source>
        <translation>Открыть базу на сервере</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="216" />
        <source>Database address, for example postgresql://desk@server/summit:</source>
        <translation>Адрес базы данных, например postgresql://desk@server/summit:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224" />
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="225" />
        <source>Accreditation %1
Database: %2
Log file: %3</source>
        <translation>Аккредитация %1
База данных: %2
Журнал: %3</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="232" />
        <source>Cannot do that</source>
        <translation>Это действие невозможно</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../people_model.py" line="52" />
        <source>Family name</source>
        <extracomment>(sort key in the core, header text source)</extracomment>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../people_model.py" line="53" />
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../people_model.py" line="54" />
        <source>Persian name</source>
        <translation>Имя на персидском</translation>
    </message>
    <message>
        <location filename="../people_model.py" line="55" />
        <source>Native name</source>
        <translation>Имя на родном языке</translation>
    </message>
    <message>
        <location filename="../people_model.py" line="56" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../people_model.py" line="57" />
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../people_model.py" line="58" />
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location filename="../people_model.py" line="59" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../labels.py" line="13" />
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <location filename="../labels.py" line="14" />
        <source>Approved</source>
        <translation>Одобрен</translation>
    </message>
    <message>
        <location filename="../labels.py" line="15" />
        <source>Badge printed</source>
        <translation>Бейдж напечатан</translation>
    </message>
    <message>
        <location filename="../labels.py" line="16" />
        <source>Badge collected</source>
        <translation>Бейдж выдан</translation>
    </message>
    <message>
        <location filename="../labels.py" line="17" />
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
</context>
</TS>