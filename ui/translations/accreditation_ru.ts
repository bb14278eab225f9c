<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="120"/>
        <source>Cannot do that</source>
        <extracomment>For the installer&apos;s smoke test (packaging/smoke_test.py): close the window this many milliseconds after it showed, saving a picture of it first to the PNG file named by SMOKE_SCREENSHOT_ENV if that is set.</extracomment>
        <translation>Это действие невозможно</translation>
    </message>
    <message>
        <location filename="../app.py" line="124"/>
        <source>The server does not answer</source>
        <translation>Сервер не отвечает</translation>
    </message>
    <message>
        <location filename="../app.py" line="129"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../app.py" line="130"/>
        <source>The last action could not be completed. Your saved work is safe. Details were written to the log file:</source>
        <translation>Последнее действие не выполнено. Сохранённые данные не пострадали. Подробности записаны в журнал:</translation>
    </message>
    <message>
        <location filename="../app.py" line="140"/>
        <source>The server does not answer, and this needs it. Check-in and printing badges already issued go on from this desk&apos;s copy and reach the server when it is back.</source>
        <translation>Сервер не отвечает, а для этого он нужен. Регистрация и печать уже выданных бейджей продолжаются по копии этой стойки и попадут на сервер, когда он вернётся.</translation>
    </message>
    <message>
        <location filename="../app.py" line="213"/>
        <source>Saving today&apos;s backup of the database… %1%</source>
        <extracomment>What the screens need and the first screen does not (reportlab, Pillow, openpyxl...): the menus import their screens when first opened, and these core modules are loaded on the thread pool once the first screen of people is drawn, so the first Print or Import does not wait for them either. Only the core, which never touches Qt, is imported off the UI thread.</extracomment>
        <translation>Сохраняется сегодняшняя резервная копия базы данных… %1%</translation>
    </message>
    <message>
        <location filename="../app.py" line="230"/>
        <source>Today&apos;s backup could not be saved: see the log file.</source>
        <translation>Сегодняшнюю резервную копию сохранить не удалось: подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../app.py" line="232"/>
        <source>Today&apos;s backup is saved: %1</source>
        <translation>Сегодняшняя резервная копия сохранена: %1</translation>
    </message>
    <message>
        <location filename="../app.py" line="261"/>
        <source>Cannot open the database</source>
        <extracomment>What the window was opened on (a server&apos;s URL even while the window shows its replica).</extracomment>
        <translation>Не удалось открыть базу данных</translation>
    </message>
    <message>
        <location filename="../app.py" line="311"/>
        <source>The server is back: close the other windows to reopen on it.</source>
        <translation>Сервер снова доступен: закройте другие окна, чтобы открыть программу на нём.</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../approval/model.py" line="122"/>
        <source>photo</source>
        <extracomment>The state filter&apos;s choices: (key, which rows). the newest approval action on the person (&quot;approve&quot;, &quot;send-back&quot;, &quot;unapprove&quot;...) and its reason</extracomment>
        <translation>фото</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="131"/>
        <source>approved</source>
        <translation>одобрение</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="132"/>
        <source>rejected</source>
        <translation>отклонение</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="133"/>
        <source>sent back for information</source>
        <translation>возврат для уточнения</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="134"/>
        <source>changed after approval</source>
        <translation>изменение после одобрения</translation>
    </message>
    <message>
        <location filename="../approval/menu.py" line="25"/>
        <source>&amp;Protocol</source>
        <translation>&amp;Протокол</translation>
    </message>
    <message>
        <location filename="../approval/menu.py" line="27"/>
        <source>&amp;Approval queue…</source>
        <translation>&amp;Очередь на одобрение…</translation>
    </message>
</context>
<context>
    <name>ApprovalQueueModel</name>
    <message>
        <location filename="../approval/model.py" line="151"/>
        <source>#</source>
        <extracomment>The role the queue&apos;s sort proxy compares: an alphabetical key (see ``collation.sort_string``).</extracomment>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="152"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="153"/>
        <source>Persian name</source>
        <translation>Имя на персидском</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="154"/>
        <source>Region or organization</source>
        <translation>Регион или организация</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="155"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="156"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="157"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="158"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="159"/>
        <source>Last decision</source>
        <translation>Последнее решение</translation>
    </message>
    <message>
        <location filename="../approval/model.py" line="232"/>
        <source>By %1</source>
        <translation>Оператор: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalQueueWindow</name>
    <message>
        <location filename="../approval/window.py" line="77"/>
        <source>Approval queue</source>
        <extracomment>Emitted with the ids a decision changed, once it is committed. Emitted after the rows were (re)loaded. a callable giving the operator&apos;s name (asked once per shift), or None when nobody signs in</extracomment>
        <translation>Очередь на одобрение</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="97"/>
        <source>Waiting for approval</source>
        <translation>Ожидающие одобрения</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="98"/>
        <source>Sent back for information</source>
        <translation>Возвращённые для уточнения</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="99"/>
        <source>Changed after approval</source>
        <translation>Изменённые после одобрения</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="100"/>
        <source>Approved</source>
        <translation>Одобренные</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="101"/>
        <source>Rejected or cancelled</source>
        <translation>Отклонённые или отменённые</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="102"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="107"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="112"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="119"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="120"/>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="121"/>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="142"/>
        <source>Approve selected</source>
        <translation>Одобрить выбранных</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="144"/>
        <source>Send back for information…</source>
        <translation>Вернуть для уточнения…</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="146"/>
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="148"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="190"/>
        <source>The queue could not be read. Details are in the log file.</source>
        <translation>Не удалось прочитать очередь. Подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="203"/>
        <source>%1 shown, %2 waiting for approval</source>
        <translation>Показано: %1, ожидают одобрения: %2</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="228"/>
        <source>Nothing was decided: the operator&apos;s name is needed for the record.</source>
        <translation>Решение не принято: для записи нужно имя оператора.</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="241"/>
        <source>Nothing was decided: %1</source>
        <translation>Решение не принято: %1</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="245"/>
        <source>%1 approved.</source>
        <translation>Одобрено: %1.</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="246"/>
        <source>%1 rejected.</source>
        <translation>Отклонено: %1.</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="247"/>
        <source>%1 sent back for information.</source>
        <translation>Возвращено для уточнения: %1.</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="276"/>
        <source>Reject accreditation</source>
        <translation>Отказ в аккредитации</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="277"/>
        <source>Why is the accreditation refused? The reason is kept with the decision.</source>
        <translation>Почему отказано в аккредитации? Причина сохраняется вместе с решением.</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="284"/>
        <source>Send back for information</source>
        <translation>Вернуть для уточнения</translation>
    </message>
    <message>
        <location filename="../approval/window.py" line="285"/>
        <source>What information is missing? The desk sees it next to the person.</source>
        <translation>Каких сведений не хватает? Стойка регистрации увидит это рядом с участником.</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <location filename="../dashboard.py" line="75"/>
        <source>No figures yet</source>
        <translation>Данных пока нет</translation>
    </message>
</context>
<context>
    <name>AuditExportDialog</name>
    <message>
        <location filename="../intake/export_dialogs.py" line="89"/>
        <source>Export audit trail</source>
        <translation>Экспорт журнала изменений</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="91"/>
        <source>Every change to every record</source>
        <translation>Все изменения всех записей</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="92"/>
        <source>Only %1&apos;s changes</source>
        <translation>Только изменения оператора %1</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="105"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="111"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="119"/>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="119"/>
        <source>CSV (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BadgeActions</name>
    <message>
        <location filename="../badges/menu.py" line="38"/>
        <source>&amp;Badges</source>
        <translation>&amp;Бейджи</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="40"/>
        <source>&amp;Print badges…</source>
        <translation>&amp;Печать бейджей…</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="45"/>
        <source>Print &amp;queue…</source>
        <translation>&amp;Очередь печати…</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="50"/>
        <source>&amp;Reissue badge…</source>
        <translation>П&amp;еревыпуск бейджа…</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="65"/>
        <source>Print badge…</source>
        <translation>Печать бейджа…</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="68"/>
        <source>Reissue badge…</source>
        <translation>Перевыпустить бейдж…</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="143"/>
        <source>No person selected</source>
        <translation>Участник не выбран</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="143"/>
        <source>Select a person in the table first.</source>
        <translation>Сначала выберите участника в таблице.</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="154"/>
        <source>No badge to reissue</source>
        <translation>Нет бейджа для перевыпуска</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="155"/>
        <source>%1 has no badge yet: print one with Badges › Print badges…</source>
        <translation>%1: бейджа ещё нет — напечатайте его через «Бейджи › Печать бейджей…».</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="188"/>
        <source>Not reissued</source>
        <translation>Бейдж не перевыпущен</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="192"/>
        <source>Badge %1 of %2 is now version %3; version %4 is revoked (%5) and refused at every door.

Print the new badge now?</source>
        <translation>Бейдж %1 (%2) теперь версии %3; версия %4 аннулирована (%5) и не действует ни на одном входе.

Напечатать новый бейдж сейчас?</translation>
    </message>
    <message>
        <location filename="../badges/menu.py" line="200"/>
        <source>Badge reissued</source>
        <translation>Бейдж перевыпущен</translation>
    </message>
</context>
<context>
    <name>BadgePrint</name>
    <message>
        <location filename="../badges/printing.py" line="45"/>
        <source>The program that shows and prints PDF pages (pdftoppm, from poppler-utils) is not installed. Save the PDF instead and print it from a PDF viewer.</source>
        <extracomment>The highest resolution pages are rasterized at for a printer (badge printers are 300 dpi, lasers 600).</extracomment>
        <translation>Программа для показа и печати страниц PDF (pdftoppm из пакета poppler-utils) не установлена. Сохраните PDF и напечатайте его из программы просмотра PDF.</translation>
    </message>
    <message>
        <location filename="../badges/printing.py" line="145"/>
        <source>The printer could not start the job (is it switched on?).</source>
        <translation>Принтер не смог начать задание (он включён?).</translation>
    </message>
    <message>
        <location filename="../badges/printing.py" line="151"/>
        <source>The printer refused a new page.</source>
        <translation>Принтер не принял новую страницу.</translation>
    </message>
    <message>
        <location filename="../badges/printing.py" line="162"/>
        <source>The printer reported an error; nothing was marked printed.</source>
        <translation>Принтер сообщил об ошибке; ничего не отмечено как напечатанное.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="71"/>
        <source>%1 — page %2 × %3 mm, %4 a page</source>
        <translation>%1 — страница %2 × %3 мм, по %4 на странице</translation>
    </message>
    <message>
        <location filename="../badges/preview.py" line="88"/>
        <source>Nobody to print: the selection is empty.</source>
        <extracomment>Pages rasterized for the preview: enough to check a region&apos;s badges one by one; a run of a thousand badges is still rendered (and printed) whole, and the preview says how many pages it does not show. Screen resolution of the preview&apos;s pages: 96 dpi shows a page at its real size on a common monitor. people the selection left out because protocol has not approved them yet</extracomment>
        <translation>Печатать некого: никто не выбран.</translation>
    </message>
    <message>
        <location filename="../badges/preview.py" line="90"/>
        <source>Nobody to print: everyone chosen is still awaiting approval.</source>
        <translation>Печатать некого: все выбранные ещё ожидают одобрения.</translation>
    </message>
</context>
<context>
    <name>BadgeQueue</name>
    <message>
        <location filename="../badges/queue.py" line="116"/>
        <source>Issued</source>
        <extracomment>The name in the reader&apos;s script first (Persian, Cyrillic where there is one, else Latin), then the others.</extracomment>
        <translation>Выпущен</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="117"/>
        <source>Printed</source>
        <translation>Напечатан</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="118"/>
        <source>Collected</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="121"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="122"/>
        <source>Other names</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="123"/>
        <source>Region / organization</source>
        <translation>Регион / организация</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="124"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="125"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="126"/>
        <source>Badge</source>
        <translation>Бейдж</translation>
    </message>
</context>
<context>
    <name>BadgeReason</name>
    <message>
        <location filename="../badges/reissue.py" line="23"/>
        <source>lost</source>
        <translation>утерян</translation>
    </message>
    <message>
        <location filename="../badges/reissue.py" line="24"/>
        <source>damaged</source>
        <translation>повреждён</translation>
    </message>
    <message>
        <location filename="../badges/reissue.py" line="25"/>
        <source>data changed</source>
        <translation>изменились данные</translation>
    </message>
    <message>
        <location filename="../badges/reissue.py" line="26"/>
        <source>person cancelled</source>
        <translation>участие отменено</translation>
    </message>
</context>
<context>
    <name>BadgeStatus</name>
    <message>
        <location filename="../labels.py" line="33"/>
        <source>issued</source>
        <translation>выпущен</translation>
    </message>
    <message>
        <location filename="../labels.py" line="34"/>
        <source>printed</source>
        <translation>напечатан</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>collected</source>
        <translation>выдан</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36"/>
        <source>revoked</source>
        <translation>аннулирован</translation>
    </message>
</context>
<context>
    <name>CancelPersonDialog</name>
    <message>
        <location filename="../editor/cancel_person.py" line="14"/>
        <location filename="../editor/cancel_person.py" line="29"/>
        <source>Cancel this person</source>
        <translation>Отменить участие</translation>
    </message>
    <message>
        <location filename="../editor/cancel_person.py" line="18"/>
        <source>%1 will be marked as cancelled; the record and its history are kept and their badge stops working.</source>
        <translation>%1: участие будет отменено; запись и история изменений сохранятся, а бейдж перестанет действовать.</translation>
    </message>
    <message>
        <location filename="../editor/cancel_person.py" line="25"/>
        <source>Reason (for example: the region withdrew this person)</source>
        <translation>Причина (например: регион отозвал участника)</translation>
    </message>
    <message>
        <location filename="../editor/cancel_person.py" line="32"/>
        <source>Keep</source>
        <translation>Не отменять</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../checkin/menu.py" line="24"/>
        <source>&amp;Check-in</source>
        <translation>Ре&amp;гистрация</translation>
    </message>
    <message>
        <location filename="../checkin/menu.py" line="28"/>
        <source>Check-in &amp;desk…</source>
        <translation>Стойка &amp;регистрации…</translation>
    </message>
    <message>
        <location filename="../checkin/menu.py" line="30"/>
        <source>D&amp;oor…</source>
        <translation>Контроль на &amp;входе…</translation>
    </message>
    <message>
        <location filename="../checkin/menu.py" line="32"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Сводка…</translation>
    </message>
</context>
<context>
    <name>CheckInWindow</name>
    <message>
        <location filename="../checkin/window.py" line="109"/>
        <source>Door check</source>
        <extracomment>Emitted after each recorded verdict (the outcome), for the dashboard and tests. Emitted when a scan could not be recorded (the message shown). A desk on a server: scans and prints go to the server, or to the desk&apos;s replica without it. A fixed moment for rehearsals and tests (event local time); None follows the clock.</extracomment>
        <translation>Контроль на входе</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="109"/>
        <source>Check-in desk</source>
        <translation>Стойка регистрации</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="125"/>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="131"/>
        <source>Door:</source>
        <translation>Вход:</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="131"/>
        <source>Desk:</source>
        <translation>Стойка:</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="134"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="147"/>
        <source>Nobody chosen</source>
        <translation>Никто не выбран</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="150"/>
        <source>Check in</source>
        <translation>Отметить прибытие</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="154"/>
        <source>Print badge…</source>
        <translation>Печать бейджа…</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="161"/>
        <source>Person without a badge: find by name</source>
        <translation>Участник без бейджа: поиск по имени</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="178"/>
        <source>Undo this check-in…</source>
        <translation>Отменить эту регистрацию…</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="182"/>
        <source>Recent scans</source>
        <translation>Последние сканирования</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="199"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="232"/>
        <source>Operator: %1</source>
        <translation>Оператор: %1</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="232"/>
        <source>Operator: —</source>
        <translation>Оператор: —</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="308"/>
        <source>Recording…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="329"/>
        <source>The scan could not be recorded. Scan the badge again; if it fails again, call the supervisor. Details are in the log file.</source>
        <translation>Сканирование не записано. Отсканируйте бейдж ещё раз; если снова не получится, позовите старшего смены. Подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="362"/>
        <source>Undo check-in</source>
        <translation>Отмена регистрации</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="363"/>
        <source>Why is this check-in undone?</source>
        <translation>Почему регистрация отменяется?</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="367"/>
        <source>Say why the check-in is undone.</source>
        <translation>Укажите причину отмены регистрации.</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="380"/>
        <source>(undone)</source>
        <translation>(отменено)</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="382"/>
        <source>Check-in undone.</source>
        <translation>Регистрация отменена.</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="388"/>
        <source>The check-in could not be undone. Details are in the log file.</source>
        <translation>Не удалось отменить регистрацию. Подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="421"/>
        <source>Save the badge</source>
        <extracomment>Emitted with the check-in&apos;s id once it was undone.</extracomment>
        <translation>Сохранить бейдж</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="422"/>
        <source>PDF (*.pdf)</source>
        <translation>Файл PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="445"/>
        <source>Badge saved to %1</source>
        <translation>Бейдж сохранён в %1</translation>
    </message>
    <message>
        <location filename="../checkin/window.py" line="454"/>
        <source>The badge could not be printed. Details are in the log file.</source>
        <translation>Не удалось напечатать бейдж. Подробности в журнале.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../widgets/connection.py" line="114"/>
        <source>↻ Syncing… %1 waiting</source>
        <extracomment>How often the watcher looks at the server while offline (ms), and refreshes the replica while online.</extracomment>
        <translation>↻ Синхронизация… ожидают %1</translation>
    </message>
    <message>
        <location filename="../widgets/connection.py" line="121"/>
        <source>● Offline since %1 · %2 waiting</source>
        <translation>● Без связи с %1 · ожидают %2</translation>
    </message>
    <message>
        <location filename="../widgets/connection.py" line="127"/>
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <location filename="../widgets/connection.py" line="129"/>
        <source>%1 waiting</source>
        <translation>ожидают %1</translation>
    </message>
    <message>
        <location filename="../widgets/connection.py" line="154"/>
        <source>Server: %1
This desk&apos;s copy: %2
Offline, check-in and printing badges already issued work from the copy; the rest waits for the server.</source>
        <translation>Сервер: %1
Копия этой стойки: %2
Без связи регистрация и печать уже выданных бейджей идут по копии; остальное ждёт сервера.</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../dashboard.py" line="135"/>
        <source>Protocol dashboard</source>
        <extracomment>A fixed moment for rehearsals and tests; None follows the clock.</extracomment>
        <translation>Сводка протокольной службы</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="158"/>
        <source>Expected</source>
        <translation>Ожидаются</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="158"/>
        <source>Arrived</source>
        <translation>Прибыли</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="169"/>
        <source>Light bar: expected that day · solid bar: arrived (checked in at a desk or a door)</source>
        <translation>Светлая полоса: ожидаются в этот день · тёмная полоса: прибыли (отмечены на стойке или на входе)</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="180"/>
        <source>Mark as resolved…</source>
        <translation>Отметить как решённое…</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="194"/>
        <source>By category (the day shown)</source>
        <translation>По категориям (за выбранный день)</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="211"/>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="250"/>
        <source>Could not read the figures; retrying. Details are in the log file.</source>
        <translation>Не удалось прочитать данные; повторная попытка. Подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="274"/>
        <source>Arrived %1 of %2 expected · %3 scans</source>
        <translation>Прибыли %1 из %2 ожидаемых · сканирований: %3</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="280"/>
        <source>Updated %1 (refreshes every few seconds)</source>
        <translation>Обновлено в %1 (обновляется каждые несколько секунд)</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="283"/>
        <source>Arrivals per region — %1</source>
        <translation>Прибытие по регионам — %1</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="287"/>
        <source>Heads of delegation not yet arrived: %1</source>
        <translation>Главы делегаций, ещё не прибывшие: %1</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="300"/>
        <source>Every head of delegation has arrived.</source>
        <translation>Все главы делегаций прибыли.</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="323"/>
        <source>Two admissions of one badge</source>
        <translation>Два прохода по одному бейджу</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="325"/>
        <source>Let in offline; the server says: %1</source>
        <translation>Пропущен без связи; сервер: %1</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="336"/>
        <source>To resolve after desks worked offline: %1</source>
        <translation>Разобрать после работы стоек без связи: %1</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="349"/>
        <source>Resolve</source>
        <translation>Разобрать</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="349"/>
        <source>What was done (for the audit trail)?</source>
        <translation>Что сделано (для журнала)?</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="362"/>
        <source>The conflict could not be marked as resolved. Details are in the log file.</source>
        <translation>Не удалось отметить конфликт как решённый. Подробности в журнале.</translation>
    </message>
</context>
<context>
    <name>DelegateEditor</name>
    <message>
        <location filename="../editor/dialog.py" line="107"/>
        <location filename="../editor/dialog.py" line="258"/>
        <source>New person</source>
        <extracomment>The form&apos;s fields (the Delegate&apos;s own, less the status, which has its own actions). The person&apos;s id after a save (a new person&apos;s new id). The person&apos;s id after they were cancelled. The desk chose to open this other record (a possible duplicate) instead.</extracomment>
        <translation>Новый участник</translation>
    </message>
    <message>
        <location filename="../editor/choices.py" line="56"/>
        <source>— none —</source>
        <extracomment>A new arrival or departure starts at 8:00 on the event&apos;s first day. The event&apos;s last day (a passport must not expire before it). (id, name, colour), in protocol order (label, delegation choice): the regions&apos; delegations in protocol order, then the guests&apos; alphabetically (id or None for none, name), alphabetical country code → name</extracomment>
        <translation>— нет —</translation>
    </message>
    <message>
        <location filename="../editor/choices.py" line="63"/>
        <source>%1 (new delegation)</source>
        <translation>%1 (новая делегация)</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="79"/>
        <source>Names and passport</source>
        <translation>Имена и паспорт</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="84"/>
        <location filename="../editor/form.py" line="94"/>
        <source>Suggest</source>
        <translation>Предложить</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="89"/>
        <source>Check the Latin name against the passport</source>
        <translation>Сверить латинское имя с паспортом</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="99"/>
        <source>Cyrillic, Azerbaijani or Turkmen spelling, with patronymic</source>
        <translation>Кириллицей, по-азербайджански или по-туркменски, с отчеством</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="128"/>
        <source>Delegation, stay and contact</source>
        <translation>Делегация, пребывание и контакты</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="143"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="167"/>
        <source>Halal</source>
        <translation>Халяль</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="168"/>
        <source>Vegetarian</source>
        <translation>Вегетарианское</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="169"/>
        <source>Vegan</source>
        <translation>Веганское</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="170"/>
        <source>No pork</source>
        <translation>Без свинины</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="171"/>
        <source>Gluten-free</source>
        <translation>Без глютена</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="172"/>
        <source>Diabetic</source>
        <translation>Диабетическое</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="142"/>
        <source>Cancel this person…</source>
        <translation>Отменить участие…</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="145"/>
        <source>Reinstate this person</source>
        <translation>Восстановить участника</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="147"/>
        <source>Undo a cancellation: the person is registered again.</source>
        <translation>Снять отмену: участник снова становится зарегистрированным.</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="150"/>
        <location filename="../editor/dialog.py" line="297"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="153"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="197"/>
        <source>This person no longer exists in the database.</source>
        <translation>Этого участника больше нет в базе данных.</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="209"/>
        <source>Edit person — %1</source>
        <translation>Редактирование участника — %1</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="259"/>
        <source>(no name yet)</source>
        <translation>(имя ещё не указано)</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="274"/>
        <location filename="../editor/form.py" line="283"/>
        <source>Fill in: %1</source>
        <translation>Заполнить: %1</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="278"/>
        <source>Type the Persian or native name first</source>
        <translation>Сначала введите имя на персидском или на родном языке</translation>
    </message>
    <message>
        <location filename="../editor/form.py" line="285"/>
        <source>Type the Latin or native name first</source>
        <translation>Сначала введите имя латиницей или на родном языке</translation>
    </message>
    <message>
        <location filename="../editor/duplicates.py" line="49"/>
        <source>the same passport number</source>
        <extracomment>The desk chose to open this other record.</extracomment>
        <translation>тот же номер паспорта</translation>
    </message>
    <message>
        <location filename="../editor/duplicates.py" line="51"/>
        <source>the same name in the same region</source>
        <translation>то же имя в том же регионе</translation>
    </message>
    <message>
        <location filename="../editor/duplicates.py" line="55"/>
        <source>(cancelled)</source>
        <translation>(отменён)</translation>
    </message>
    <message>
        <location filename="../editor/duplicates.py" line="60"/>
        <source>#%1 %2%3: %4</source>
        <translation>№%1 %2%3: %4</translation>
    </message>
    <message>
        <location filename="../editor/duplicates.py" line="67"/>
        <source>Open #%1 instead</source>
        <translation>Открыть запись №%1</translation>
    </message>
    <message>
        <location filename="../editor/duplicates.py" line="76"/>
        <source>This may be someone already registered:</source>
        <translation>Возможно, этот человек уже зарегистрирован:</translation>
    </message>
    <message>
        <location filename="../editor/duplicates.py" line="80"/>
        <source>Open that record instead, or press «Save anyway» if this is a different person.</source>
        <translation>Откройте ту запись или нажмите «Всё равно сохранить», если это другой человек.</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="302"/>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="315"/>
        <location filename="../editor/dialog.py" line="351"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Ничего не сохранено: исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="331"/>
        <source>Nothing was saved: the operator&apos;s name is needed to record the change.</source>
        <translation>Ничего не сохранено: для записи изменения нужно имя оператора.</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="354"/>
        <source>Nothing was saved: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="359"/>
        <source>Nothing was saved: an unexpected error occurred (details are in the log file).</source>
        <translation>Ничего не сохранено: произошла непредвиденная ошибка (подробности в журнале).</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="394"/>
        <source>The saved version is shown; make your changes again and save.</source>
        <translation>Показана сохранённая версия; внесите изменения заново и сохраните.</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="397"/>
        <source>Not saved: another desk changed this person. Reload to see their changes.</source>
        <translation>Не сохранено: другая стойка изменила данные участника. Перезагрузите, чтобы увидеть эти изменения.</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="428"/>
        <source>Not cancelled: the operator&apos;s name is needed to record the change.</source>
        <translation>Не отменено: для записи изменения нужно имя оператора.</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="437"/>
        <source>Not cancelled: %1</source>
        <translation>Не отменено: %1</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="442"/>
        <source>Not cancelled: an unexpected error occurred (details are in the log file).</source>
        <translation>Не отменено: произошла непредвиденная ошибка (подробности в журнале).</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="455"/>
        <source>Not reinstated: the operator&apos;s name is needed to record the change.</source>
        <translation>Не восстановлено: для записи изменения нужно имя оператора.</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="471"/>
        <source>Not reinstated: %1</source>
        <translation>Не восстановлено: %1</translation>
    </message>
    <message>
        <location filename="../editor/dialog.py" line="476"/>
        <source>Not reinstated: an unexpected error occurred (details are in the log file).</source>
        <translation>Не восстановлено: произошла непредвиденная ошибка (подробности в журнале).</translation>
    </message>
</context>
<context>
    <name>DelegateFields</name>
    <message>
        <location filename="../labels.py" line="97"/>
        <source>Given name (as in the passport)</source>
        <translation>Имя (как в паспорте)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="98"/>
        <source>Family name (as in the passport)</source>
        <translation>Фамилия (как в паспорте)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="99"/>
        <source>Persian name</source>
        <translation>Имя на персидском</translation>
    </message>
    <message>
        <location filename="../labels.py" line="100"/>
        <source>Native name</source>
        <translation>Имя на родном языке</translation>
    </message>
    <message>
        <location filename="../labels.py" line="101"/>
        <source>Latin name to verify</source>
        <translation>Латинское имя требует сверки</translation>
    </message>
    <message>
        <location filename="../labels.py" line="102"/>
        <source>Title (English)</source>
        <translation>Должность (на английском)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="103"/>
        <source>Title (Persian)</source>
        <translation>Должность (на персидском)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="104"/>
        <source>Title (Russian)</source>
        <translation>Должность (на русском)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="105"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../labels.py" line="106"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../labels.py" line="107"/>
        <source>Passport / ID number</source>
        <translation>Номер паспорта / удостоверения</translation>
    </message>
    <message>
        <location filename="../labels.py" line="108"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../labels.py" line="109"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../labels.py" line="110"/>
        <source>Arrival</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <location filename="../labels.py" line="111"/>
        <source>Departure</source>
        <translation>Отъезд</translation>
    </message>
    <message>
        <location filename="../labels.py" line="112"/>
        <source>Dietary needs</source>
        <translation>Особенности питания</translation>
    </message>
    <message>
        <location filename="../labels.py" line="113"/>
        <source>Language needs</source>
        <translation>Языковые потребности</translation>
    </message>
    <message>
        <location filename="../labels.py" line="114"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../labels.py" line="115"/>
        <location filename="../labels.py" line="116"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../labels.py" line="117"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location filename="../labels.py" line="118"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../labels.py" line="119"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../labels.py" line="120"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../labels.py" line="126"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../labels.py" line="127"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../labels.py" line="128"/>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <location filename="../labels.py" line="167"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../labels.py" line="169"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../people/detail_pane.py" line="67"/>
        <source>Name (passport)</source>
        <extracomment>The name&apos;s other spellings, under the one the reader reads first.</extracomment>
        <translation>Имя (по паспорту)</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="68"/>
        <source>Persian name</source>
        <translation>Имя на персидском</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="69"/>
        <source>Native name</source>
        <translation>Имя на родном языке</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="106"/>
        <location filename="../people/detail_pane.py" line="70"/>
        <source>Title</source>
        <extracomment>Point sizes of the names, in the reader&apos;s order: the script they read first is the biggest.</extracomment>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="109"/>
        <location filename="../people/detail_pane.py" line="71"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="108"/>
        <location filename="../people/detail_pane.py" line="72"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="107"/>
        <location filename="../people/detail_pane.py" line="73"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="74"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="75"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="76"/>
        <source>Badge</source>
        <translation>Бейдж</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="77"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="78"/>
        <source>Passport / ID</source>
        <translation>Паспорт / удостоверение</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="79"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="80"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="81"/>
        <source>Arrival – departure</source>
        <translation>Прибытие – отъезд</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="82"/>
        <source>Dietary and language needs</source>
        <translation>Питание и языковые потребности</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="83"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="88"/>
        <source>Not issued yet</source>
        <translation>Ещё не выпущен</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="89"/>
        <source>No. %1, version %2 — %3</source>
        <translation>№ %1, версия %2 — %3</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="103"/>
        <source>Select a person to see their details</source>
        <translation>Выберите участника, чтобы увидеть сведения</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="105"/>
        <location filename="../people/detail_pane.py" line="150"/>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <location filename="../people/detail_pane.py" line="119"/>
        <source>(to verify)</source>
        <translation>(проверить)</translation>
    </message>
</context>
<context>
    <name>DirectoryTreeModel</name>
    <message>
        <location filename="../people/tree_model.py" line="37"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../people/tree_model.py" line="37"/>
        <source>Guests (not a region)</source>
        <translation>Гости (не от регионов)</translation>
    </message>
    <message>
        <location filename="../people/tree_model.py" line="40"/>
        <source>Ministries</source>
        <extracomment>The kinds of organization under the guests, in the window&apos;s language.</extracomment>
        <translation>Министерства</translation>
    </message>
    <message>
        <location filename="../people/tree_model.py" line="41"/>
        <source>Government bodies</source>
        <translation>Государственные органы</translation>
    </message>
    <message>
        <location filename="../people/tree_model.py" line="42"/>
        <source>Embassies</source>
        <translation>Посольства</translation>
    </message>
    <message>
        <location filename="../people/tree_model.py" line="43"/>
        <source>Chambers of commerce</source>
        <translation>Торговые палаты</translation>
    </message>
    <message>
        <location filename="../people/tree_model.py" line="44"/>
        <source>International organizations</source>
        <translation>Международные организации</translation>
    </message>
    <message>
        <location filename="../people/tree_model.py" line="45"/>
        <source>Press</source>
        <translation>Пресса</translation>
    </message>
    <message>
        <location filename="../people/tree_model.py" line="46"/>
        <source>Other</source>
        <translation>Прочие</translation>
    </message>
    <message>
        <location filename="../people/tree_model.py" line="92"/>
        <source>Regions and delegations</source>
        <translation>Регионы и делегации</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../intake/export_dialogs.py" line="38"/>
        <source>Export people</source>
        <translation>Экспорт участников</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="41"/>
        <source>Only the selected rows (%1)</source>
        <translation>Только выбранные строки (%1)</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="45"/>
        <source>Everyone listed for «%1» (%2 people)</source>
        <translation>Все из списка «%1» (%2 чел.)</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="57"/>
        <source>Include passport numbers (only for those who need them)</source>
        <translation>Включить номера паспортов (только для тех, кому они нужны)</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="64"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="70"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="79"/>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <location filename="../intake/export_dialogs.py" line="79"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Файл CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../intake/history.py" line="20"/>
        <source>created</source>
        <translation>создание</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="21"/>
        <source>edited</source>
        <translation>изменение</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="22"/>
        <source>cancelled</source>
        <translation>отмена</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="23"/>
        <source>imported</source>
        <translation>импорт</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="24"/>
        <source>photo changed</source>
        <translation>замена фото</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="25"/>
        <source>reinstated</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="26"/>
        <source>approved</source>
        <translation>одобрение</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="27"/>
        <source>rejected</source>
        <translation>отклонение</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="28"/>
        <source>sent back for correction</source>
        <translation>возврат на исправление</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="29"/>
        <source>back to pending approval</source>
        <translation>возврат к ожиданию одобрения</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="30"/>
        <source>badge printed without approval</source>
        <translation>печать бейджа без одобрения</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="31"/>
        <source>Persian name reviewed</source>
        <translation>персидское имя проверено</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../intake/history.py" line="50"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="69"/>
        <source>No person selected.</source>
        <translation>Участник не выбран.</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="78"/>
        <source>(unknown operator)</source>
        <translation>(оператор неизвестен)</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="94"/>
        <source>… and %1 older entries (File › Export audit trail).</source>
        <translation>… и ещё записей: %1 (Участники › Экспорт журнала изменений).</translation>
    </message>
    <message>
        <location filename="../intake/history.py" line="99"/>
        <source>No changes recorded.</source>
        <translation>Изменений не записано.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../import_wizard/dialog.py" line="80"/>
        <source>Import a list</source>
        <extracomment>Emitted after a successful import with what it did.</extracomment>
        <translation>Импорт списка</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="152"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="154"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="156"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="158"/>
        <location filename="../import_wizard/dialog.py" line="222"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="176"/>
        <source>Choose the list a region or the secretariat sent (CSV or Excel .xlsx). Nothing is written until you have seen every row and pressed «Import».</source>
        <translation>Выберите список, присланный регионом или секретариатом (CSV или Excel .xlsx). Ничего не записывается, пока вы не просмотрите все строки и не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="186"/>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="188"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="74"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="75"/>
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="76"/>
        <source>Holds</source>
        <translation>Содержит</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="87"/>
        <source>Remember these columns for the next file with the same headers</source>
        <translation>Запомнить столбцы для следующего файла с такими же заголовками</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="47"/>
        <source>People without a region join:</source>
        <translation>Участники без региона попадают в:</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="51"/>
        <source>the region the file name says, else none</source>
        <translation>регион из имени файла, иначе никуда</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="57"/>
        <source>Category when none is given:</source>
        <translation>Категория, если не указана:</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="67"/>
        <source>Columns…</source>
        <translation>Столбцы…</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="104"/>
        <source>Problems and notes, row by row (double-click a cell above to fix it):</source>
        <translation>Ошибки и замечания по строкам (дважды щёлкните ячейку выше, чтобы исправить её):</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="113"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="114"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="115"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="116"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="203"/>
        <source>1. File</source>
        <translation>1. Файл</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="203"/>
        <source>2. Columns</source>
        <translation>2. Столбцы</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="203"/>
        <source>3. Check the rows</source>
        <translation>3. Проверка строк</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="203"/>
        <source>4. Done</source>
        <translation>4. Готово</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="220"/>
        <source>Import the ticked rows (%1)</source>
        <translation>Импортировать отмеченные строки (%1)</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="222"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="263"/>
        <source>Choose a list</source>
        <translation>Выбор списка</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="265"/>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Списки (*.csv *.xlsx *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="275"/>
        <source>Choose a file first.</source>
        <translation>Сначала выберите файл.</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="279"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="308"/>
        <source>This did not work: an unexpected error occurred (details are in the log file).</source>
        <translation>Не получилось: произошла непредвиденная ошибка (подробности в журнале).</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="100"/>
        <source>These columns were set by the desk for an earlier file with the same headers. Check them and press Next.</source>
        <extracomment>One choice per column of the file (the same list object for the dialog&apos;s whole life).</extracomment>
        <translation>Эти столбцы были заданы для прежнего файла с такими же заголовками. Проверьте их и нажмите «Далее».</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="106"/>
        <source>Some columns of this file were not recognised. For each column, choose what it holds (or leave it «not imported»), then press Next.</source>
        <translation>Некоторые столбцы файла не распознаны. Для каждого столбца выберите, что в нём (или оставьте «не импортируется»), затем нажмите «Далее».</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="112"/>
        <source>All columns were recognised. Change any that are wrong, then press Next.</source>
        <translation>Все столбцы распознаны. Исправьте неверные, затем нажмите «Далее».</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="124"/>
        <source>— not imported —</source>
        <translation>— не импортируется —</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="329"/>
        <source>Choose at least one column that holds names (for example «Given name (Latin)»).</source>
        <translation>Выберите хотя бы один столбец с именами (например, «Имя (латиницей)»).</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="163"/>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="165"/>
        <source>Note</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="207"/>
        <source>%1 rows: %2 new, %3 already registered (updated), %4 with problems, %5 not ticked.</source>
        <translation>Строк: %1; новых: %2, уже зарегистрированных (обновятся): %3, с ошибками: %4, не отмечено: %5.</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="218"/>
        <source>Rows %1 have problems but are ticked: fix them or untick them, or nothing will be imported.</source>
        <translation>В строках %1 есть ошибки, но они отмечены: исправьте их или снимите отметку, иначе ничего не будет импортировано.</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_page.py" line="223"/>
        <source>Rows with problems are not imported; fix a cell to check the row again.</source>
        <translation>Строки с ошибками не импортируются; исправьте ячейку, чтобы строка была проверена снова.</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="399"/>
        <source>Nothing was imported: the operator&apos;s name is needed to record the import.</source>
        <translation>Ничего не импортировано: для записи импорта нужно имя оператора.</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="404"/>
        <source>Importing… (one transaction: every ticked row or none)</source>
        <translation>Импорт… (одна транзакция: все отмеченные строки или ни одной)</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="431"/>
        <source>Nothing was imported: %1 rows have problems. Fix them in the table or untick them, then import again.</source>
        <translation>Ничего не импортировано: строк с ошибками — %1. Исправьте их в таблице или снимите отметку, затем повторите импорт.</translation>
    </message>
    <message>
        <location filename="../import_wizard/done_page.py" line="43"/>
        <source>Imported from %1 in one transaction:</source>
        <translation>Импортировано из %1 одной транзакцией:</translation>
    </message>
    <message>
        <location filename="../import_wizard/done_page.py" line="47"/>
        <source>%1 new people (accepted)</source>
        <translation>новых участников (принято): %1</translation>
    </message>
    <message>
        <location filename="../import_wizard/done_page.py" line="51"/>
        <source>%1 people already registered were updated</source>
        <translation>уже зарегистрированных обновлено: %1</translation>
    </message>
    <message>
        <location filename="../import_wizard/done_page.py" line="55"/>
        <source>%1 people already registered were unchanged</source>
        <translation>уже зарегистрированных без изменений: %1</translation>
    </message>
    <message>
        <location filename="../import_wizard/done_page.py" line="59"/>
        <source>%1 rows rejected, %2 rows not ticked (not imported)</source>
        <translation>отклонено строк: %1, не отмечено строк: %2 (не импортированы)</translation>
    </message>
    <message>
        <location filename="../import_wizard/done_page.py" line="70"/>
        <source>Row %1, %2: %3</source>
        <translation>Строка %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../import_wizard/done_page.py" line="80"/>
        <source>unticked by the desk</source>
        <translation>отметка снята оператором</translation>
    </message>
    <message>
        <location filename="../import_wizard/done_page.py" line="82"/>
        <source>Row %1 not imported: %2</source>
        <translation>Строка %1 не импортирована: %2</translation>
    </message>
    <message>
        <location filename="../import_wizard/done_page.py" line="89"/>
        <source>Row %1, note: %2</source>
        <translation>Строка %1, замечание: %2</translation>
    </message>
    <message>
        <location filename="../import_wizard/dialog.py" line="445"/>
        <source>Please wait: the import is being written.</source>
        <translation>Подождите: импорт записывается.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="30"/>
        <source>Given name (Latin)</source>
        <translation>Имя (латиницей)</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="31"/>
        <source>Family name (Latin)</source>
        <translation>Фамилия (латиницей)</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="32"/>
        <source>Full name in Persian</source>
        <translation>Полное имя на персидском</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="33"/>
        <source>Full native name</source>
        <translation>Полное имя на родном языке</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="34"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="35"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="36"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="37"/>
        <source>Title (English)</source>
        <translation>Должность (на английском)</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="38"/>
        <source>Title (Persian)</source>
        <translation>Должность (на персидском)</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="39"/>
        <source>Title (Russian)</source>
        <translation>Должность (на русском)</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="40"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="41"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="42"/>
        <source>Passport number</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="43"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="44"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="45"/>
        <source>Arrival</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="46"/>
        <source>Departure</source>
        <translation>Отъезд</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="47"/>
        <source>Dietary needs</source>
        <translation>Особенности питания</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="48"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="49"/>
        <source>Photo file</source>
        <translation>Файл фото</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="50"/>
        <source>Given name in Persian</source>
        <translation>Имя на персидском</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="51"/>
        <source>Family name in Persian</source>
        <translation>Фамилия на персидском</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="52"/>
        <source>Given name, native script</source>
        <translation>Имя, родное письмо</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="53"/>
        <source>Family name, native script</source>
        <translation>Фамилия, родное письмо</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="54"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="55"/>
        <source>Birth date (checked, not stored)</source>
        <translation>Дата рождения (проверяется, не хранится)</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="56"/>
        <source>National ID (not stored)</source>
        <translation>Национальный номер (не хранится)</translation>
    </message>
    <message>
        <location filename="../import_wizard/mapping_page.py" line="57"/>
        <source>Row number (not stored)</source>
        <translation>Номер строки (не хранится)</translation>
    </message>
</context>
<context>
    <name>IntakeActions</name>
    <message>
        <location filename="../intake/menu.py" line="76"/>
        <source>&amp;New person…</source>
        <extracomment>The dialog opened last (editor, photo, import...): tests and the next action look here.</extracomment>
        <translation>&amp;Новый участник…</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="82"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Изменить данные…</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="88"/>
        <source>&amp;Photo…</source>
        <translation>&amp;Фото…</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="91"/>
        <source>&amp;Cancel person…</source>
        <translation>&amp;Отменить участие…</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="94"/>
        <source>&amp;Import list…</source>
        <translation>И&amp;мпорт списка…</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="97"/>
        <source>E&amp;xport selection…</source>
        <translation>&amp;Экспорт выбранных…</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="100"/>
        <source>Export &amp;audit trail…</source>
        <translation>Экспорт &amp;журнала изменений…</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="103"/>
        <source>Change &amp;operator…</source>
        <translation>Сменить &amp;оператора…</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="116"/>
        <source>&amp;People</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="131"/>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="154"/>
        <source>Operator: %1</source>
        <translation>Оператор: %1</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="154"/>
        <source>No operator</source>
        <translation>Оператор не указан</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="178"/>
        <source>No person selected</source>
        <translation>Участник не выбран</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="179"/>
        <source>Select a person in the table first.</source>
        <translation>Сначала выберите участника в таблице.</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="250"/>
        <location filename="../intake/menu.py" line="269"/>
        <source>Cannot open this person</source>
        <translation>Не удалось открыть участника</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="295"/>
        <source>Already cancelled</source>
        <translation>Уже отменено</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="296"/>
        <source>This person is already cancelled.</source>
        <translation>Участие этого человека уже отменено.</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="324"/>
        <location filename="../intake/menu.py" line="332"/>
        <location filename="../intake/menu.py" line="337"/>
        <source>Not cancelled</source>
        <translation>Не отменено</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="326"/>
        <source>Another desk changed this person a moment ago. Look at their changes, then cancel again.</source>
        <translation>Другая стойка только что изменила данные участника. Посмотрите изменения и отмените снова.</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="338"/>
        <location filename="../intake/menu.py" line="414"/>
        <location filename="../intake/menu.py" line="479"/>
        <source>An unexpected error occurred (details are in the log file).</source>
        <translation>Произошла непредвиденная ошибка (подробности в журнале).</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="341"/>
        <source>Cancelled; the record is kept.</source>
        <translation>Отменено; запись сохранена.</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="353"/>
        <source>Imported %1 new and %2 updated people.</source>
        <translation>Импортировано: новых — %1, обновлённых — %2.</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="390"/>
        <location filename="../intake/menu.py" line="416"/>
        <location filename="../intake/menu.py" line="447"/>
        <location filename="../intake/menu.py" line="480"/>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="390"/>
        <location filename="../intake/menu.py" line="447"/>
        <source>Choose a file name first.</source>
        <translation>Сначала выберите имя файла.</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="392"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="403"/>
        <source>Exported %1 people to %2.</source>
        <translation>Экспортировано участников: %1, файл %2.</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="454"/>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="466"/>
        <source>Exported %1 audit entries to %2.</source>
        <translation>Экспортировано записей журнала: %1, файл %2.</translation>
    </message>
    <message>
        <location filename="../intake/menu.py" line="477"/>
        <source>The file cannot be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="222"/>
        <source>Accreditation — %1</source>
        <extracomment>Menu entries (by object name) and the core action each leads to; Seat… entries are ``seating_&lt;code&gt;``. Which role may do an action is the core&apos;s rule (``accreditation.access.policy.ALLOWED``), not repeated here. What a window opened on the desk&apos;s replica (the server gone at start) still does: the rest needs the server. The menu bar, left to right (mirrored in Persian): File, Edit, View, then the work menus in the order of the day, Help last. By object name; :meth:`MainWindow.place_menu` keeps the order whatever installs first. Emitted with a database target when the user opens or creates another database. Emitted with a language code when the user picks another language. Who is selected and on the card, for the screens (they never see this window).</extracomment>
        <translation>Аккредитация — %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="226"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="232"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="234"/>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="236"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="238"/>
        <source>Open &amp;server database…</source>
        <translation>Открыть базу на &amp;сервере…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="241"/>
        <source>&amp;Back up now…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="243"/>
        <source>Re&amp;store from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247"/>
        <source>Roles and &amp;PINs…</source>
        <translation>Роли и &amp;PIN-коды…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="250"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="253"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="259"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="267"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="270"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="283"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="332"/>
        <source>Desk</source>
        <translation>Стойка</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="368"/>
        <source>%n people copied</source>
        <translation>
            <numerusform>Скопировано людей: %n</numerusform>
            <numerusform>Скопировано людей: %n</numerusform>
            <numerusform>Скопировано людей: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="384"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="398"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="445"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="456"/>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="456"/>
        <location filename="../main_window.py" line="482"/>
        <location filename="../main_window.py" line="504"/>
        <source>Databases (*.sqlite)</source>
        <translation>Базы данных (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="463"/>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="463"/>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="471"/>
        <source>Open server database</source>
        <translation>Открыть базу на сервере</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="472"/>
        <source>Database address, for example postgresql://desk@server/summit:</source>
        <translation>Адрес базы данных, например postgresql://desk@server/summit:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="482"/>
        <source>Back up the database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="486"/>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="489"/>
        <source>Backup written to %1</source>
        <translation>Резервная копия записана в %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="504"/>
        <location filename="../main_window.py" line="513"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="514"/>
        <source>Replace everything in this database with the backup %1 (%2 people)? A copy of the current contents is kept first.</source>
        <translation>Заменить всё содержимое этой базы резервной копией %1 (участников: %2)? Сначала сохраняется копия текущего содержимого.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="527"/>
        <source>Restored. The previous contents were saved to %1</source>
        <translation>Восстановлено. Прежнее содержимое сохранено в %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="543"/>
        <source>Database schema: %1 (this program&apos;s: %2)</source>
        <translation>Схема базы данных: %1 (схема программы: %2)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="545"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="538"/>
        <source>Accreditation %1
Database: %2
Log file: %3</source>
        <translation>Аккредитация %1
База данных: %2
Журнал: %3</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="564"/>
        <source>Cannot do that</source>
        <translation>Это действие невозможно</translation>
    </message>
    <message>
        <location filename="../seating/menu.py" line="31"/>
        <source>&amp;Seating</source>
        <translation>&amp;Рассадка</translation>
    </message>
    <message>
        <location filename="../seating/menu.py" line="45"/>
        <source>Seat %1…</source>
        <translation>Рассадка: %1…</translation>
    </message>
    <message>
        <location filename="../seating/menu.py" line="51"/>
        <source>Region name cards…</source>
        <translation>Таблички регионов…</translation>
    </message>
    <message>
        <location filename="../seating/menu.py" line="71"/>
        <source>Save region cards</source>
        <translation>Сохранить таблички регионов</translation>
    </message>
    <message>
        <location filename="../seating/menu.py" line="73"/>
        <source>PDF (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Mrz</name>
    <message>
        <location filename="../widgets/mrz_field.py" line="72"/>
        <source>document number</source>
        <extracomment>The fields a zone fills, in the order the differences dialog lists them.</extracomment>
        <translation>номер документа</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="73"/>
        <source>date of birth</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="74"/>
        <source>expiry date</source>
        <translation>срок действия</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="75"/>
        <source>personal number</source>
        <translation>личный номер</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="76"/>
        <source>composite (whole line)</source>
        <translation>итоговая (вся строка)</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="77"/>
        <source>nationality</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="78"/>
        <source>issuing state</source>
        <translation>государство выдачи</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="79"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="80"/>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="81"/>
        <source>document code</source>
        <translation>код документа</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="89"/>
        <source>Not a complete zone yet: a passport has 2 lines of 44 characters, an ID card 3 lines of 30.</source>
        <translation>Зона ещё не полная: в паспорте 2 строки по 44 знака, в удостоверении личности — 3 строки по 30.</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="94"/>
        <source>The zone holds characters a passport never prints.</source>
        <translation>В зоне есть знаки, которых не бывает в паспортах.</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="97"/>
        <source>Check digit wrong: %1. Nothing was filled in; read the passport again.</source>
        <translation>Неверная контрольная цифра: %1. Ничего не заполнено; считайте паспорт ещё раз.</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="101"/>
        <source>Not valid: %1. Nothing was filled in.</source>
        <translation>Недействительно: %1. Ничего не заполнено.</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="108"/>
        <source>The document has expired.</source>
        <translation>Срок действия документа истёк.</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="109"/>
        <source>The document expires before the event&apos;s last day.</source>
        <translation>Срок действия документа истекает до последнего дня мероприятия.</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="112"/>
        <source>The document expires less than six months after the event.</source>
        <translation>Срок действия документа истекает менее чем через шесть месяцев после мероприятия.</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="115"/>
        <source>The nationality differs from the delegation&apos;s country.</source>
        <translation>Гражданство не совпадает со страной делегации.</translation>
    </message>
</context>
<context>
    <name>MrzDifferencesDialog</name>
    <message>
        <location filename="../widgets/mrz_field.py" line="285"/>
        <source>The passport differs from the record</source>
        <translation>Паспорт расходится с записью</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="290"/>
        <source>Tick the values to take from the passport. Changing a name or the document number of an approved person sends them back to protocol for approval.</source>
        <translation>Отметьте значения, которые нужно взять из паспорта. Изменение имени или номера документа одобренного участника возвращает его в протокол на повторное одобрение.</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="299"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="299"/>
        <source>On record</source>
        <translation>В записи</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="299"/>
        <source>In the passport</source>
        <translation>В паспорте</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="299"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="328"/>
        <source>Take the ticked values</source>
        <translation>Взять отмеченные значения</translation>
    </message>
</context>
<context>
    <name>MrzField</name>
    <message>
        <location filename="../widgets/mrz_field.py" line="171"/>
        <source>Passport or ID card: machine-readable zone</source>
        <translation>Паспорт или удостоверение: машиночитаемая зона</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="187"/>
        <source>Read the passport with the MRZ reader, or type or paste the lines at the bottom of its photo page</source>
        <extracomment>(the event&apos;s last day, the delegation&apos;s country) for the document checks.</extracomment>
        <translation>Считайте паспорт сканером MRZ или введите либо вставьте строки внизу страницы с фотографией</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="197"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="232"/>
        <source>Waiting for the zone (2 lines of a passport or 3 of an ID card).</source>
        <translation>Ожидание зоны (2 строки паспорта или 3 строки удостоверения).</translation>
    </message>
    <message>
        <location filename="../widgets/mrz_field.py" line="253"/>
        <source>All check digits verify: %1</source>
        <translation>Все контрольные цифры верны: %1</translation>
    </message>
</context>
<context>
    <name>Operator</name>
    <message>
        <location filename="../operator.py" line="49"/>
        <source>Desk: check-in and badges</source>
        <extracomment>The audit trail keeps at most this many characters of the name.</extracomment>
        <translation>Стойка: регистрация прибытия и бейджи</translation>
    </message>
    <message>
        <location filename="../operator.py" line="50"/>
        <source>Protocol: seating and name cards</source>
        <translation>Протокол: рассадка и таблички</translation>
    </message>
    <message>
        <location filename="../operator.py" line="51"/>
        <source>Admin: everything</source>
        <translation>Администратор: всё</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../operator.py" line="79"/>
        <source>Who is at the desk?</source>
        <translation>Кто за стойкой?</translation>
    </message>
    <message>
        <location filename="../operator.py" line="83"/>
        <source>Type your name. It is written next to every change you make during this shift, so colleagues know whom to ask.</source>
        <translation>Введите своё имя. Оно записывается рядом с каждым вашим изменением в эту смену, чтобы коллеги знали, к кому обратиться.</translation>
    </message>
    <message>
        <location filename="../operator.py" line="92"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../operator.py" line="105"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../operator.py" line="106"/>
        <source>PIN:</source>
        <translation>PIN-код:</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../seating/order_dialog.py" line="22"/>
        <source>Order of precedence</source>
        <translation>Порядок старшинства</translation>
    </message>
    <message>
        <location filename="../seating/order_dialog.py" line="34"/>
        <source>Drag the delegations into order; the host stays at the centre.</source>
        <translation>Перетащите делегации в нужном порядке; принимающая сторона остаётся в центре.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../people/table_model.py" line="61"/>
        <source>Name</source>
        <extracomment>Emitted when a selection&apos;s rows have arrived (they are loaded off the UI thread). (sort key in the core, header text source)</extracomment>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../people/table_model.py" line="62"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../people/table_model.py" line="63"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../people/table_model.py" line="64"/>
        <source>Persian name</source>
        <translation>Имя на персидском</translation>
    </message>
    <message>
        <location filename="../people/table_model.py" line="65"/>
        <source>Native name</source>
        <translation>Имя на родном языке</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="158"/>
        <location filename="../people/table_model.py" line="66"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../people/table_model.py" line="67"/>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../people/table_model.py" line="68"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location filename="../people/table_model.py" line="69"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>PersianNames</name>
    <message>
        <location filename="../persian_names/menu.py" line="21"/>
        <source>&amp;Persian names…</source>
        <translation>&amp;Персидские имена…</translation>
    </message>
</context>
<context>
    <name>PersianNamesModel</name>
    <message>
        <location filename="../persian_names/model.py" line="59"/>
        <source>Latin name</source>
        <extracomment>The name as it will be accepted: the proposal, or what the person typed over it. Region code -&gt; its name in the reader&apos;s language.</extracomment>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <location filename="../persian_names/model.py" line="60"/>
        <source>Native name</source>
        <translation>Имя в родном письме</translation>
    </message>
    <message>
        <location filename="../persian_names/model.py" line="61"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../persian_names/model.py" line="62"/>
        <source>Proposed Persian name</source>
        <translation>Предлагаемое персидское имя</translation>
    </message>
    <message>
        <location filename="../persian_names/model.py" line="63"/>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <location filename="../persian_names/model.py" line="70"/>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <location filename="../persian_names/model.py" line="70"/>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <location filename="../persian_names/model.py" line="70"/>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <location filename="../persian_names/model.py" line="91"/>
        <source>Proposed: %1</source>
        <translation>Предложено: %1</translation>
    </message>
</context>
<context>
    <name>PersianNamesWindow</name>
    <message>
        <location filename="../persian_names/window.py" line="64"/>
        <source>Persian names</source>
        <extracomment>The ids whose Persian name was stored, once committed. The rows were (re)loaded. a callable giving the operator&apos;s name (asked once per shift), or the name itself</extracomment>
        <translation>Персидские имена</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="76"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="82"/>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="104"/>
        <source>Persian name</source>
        <translation>Персидское имя</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="105"/>
        <source>Accept (Enter)</source>
        <translation>Принять (Enter)</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="107"/>
        <source>Accept all shown (Ctrl+Enter)</source>
        <translation>Принять всех в списке (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="110"/>
        <source>Persian name:</source>
        <translation>Персидское имя:</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="119"/>
        <source>Enter accepts the name in the box and moves to the next person; Up and Down move; correct the name before Enter. Nothing is stored until accepted.</source>
        <translation>Enter принимает имя в поле и переходит к следующему человеку; стрелки вверх и вниз — перемещение; исправьте имя до Enter. Без подтверждения ничего не сохраняется.</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="135"/>
        <source>Accept all shown</source>
        <translation>Принять всех в списке</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="171"/>
        <source>The list could not be read.</source>
        <translation>Не удалось прочитать список.</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="177"/>
        <source>%1 people without a Persian name</source>
        <translation>Без персидского имени: %1</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="232"/>
        <source>Nothing was stored: the operator&apos;s name is needed for the record.</source>
        <translation>Ничего не сохранено: для записи нужно имя оператора.</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="242"/>
        <source>Type the Persian name first (or move on with Down).</source>
        <translation>Сначала введите персидское имя (или перейдите дальше стрелкой вниз).</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="253"/>
        <source>Not stored: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="256"/>
        <source>Stored: %1 → %2</source>
        <translation>Сохранено: %1 → %2</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="279"/>
        <source>Nothing was stored: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../persian_names/window.py" line="281"/>
        <source>%1 Persian names stored.</source>
        <translation>Сохранено персидских имён: %1.</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../photo/dialog.py" line="58"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>Фотографии (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="104"/>
        <location filename="../photo/dialog.py" line="360"/>
        <source>This person no longer exists in the database.</source>
        <extracomment>The person&apos;s id after their photo was saved.</extracomment>
        <translation>Этого участника больше нет в базе данных.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="106"/>
        <source>Photo — %1</source>
        <translation>Фото — %1</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="110"/>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="112"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="114"/>
        <source>Take the picture</source>
        <translation>Сделать снимок</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="125"/>
        <source>Choose a photo file or use the camera.</source>
        <translation>Выберите файл с фото или воспользуйтесь камерой.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="136"/>
        <source>The badge will show:</source>
        <translation>На бейдже будет:</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="145"/>
        <source>Drag the box to move it, drag a corner to resize it (arrow keys and +/− also work).</source>
        <translation>Перетащите рамку, чтобы сдвинуть её, или угол, чтобы изменить размер (также работают стрелки и +/−).</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="161"/>
        <source>Save photo</source>
        <translation>Сохранить фото</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="165"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="193"/>
        <source>Choose a photo</source>
        <translation>Выбор фото</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="201"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="205"/>
        <source>Reading the picture…</source>
        <translation>Чтение изображения…</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="232"/>
        <source>%1 cannot be used as a photo: the file is damaged or not a picture.</source>
        <translation>%1 нельзя использовать как фото: файл повреждён или не является изображением.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="246"/>
        <source>There is no camera support in this installation (Qt Multimedia is missing). Take the picture with another device and choose the file instead.</source>
        <translation>В этой установке нет поддержки камеры (отсутствует Qt Multimedia). Сделайте снимок другим устройством и выберите файл.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="253"/>
        <source>No camera was found. Connect a camera, or choose a photo file instead.</source>
        <translation>Камера не найдена. Подключите камеру или выберите файл с фото.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="263"/>
        <source>The camera stopped: %1</source>
        <translation>Камера остановилась: %1</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="269"/>
        <source>The camera could not be started. Choose a photo file instead.</source>
        <translation>Не удалось включить камеру. Выберите файл с фото.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="271"/>
        <source>Camera on: frame the face, then press «Take the picture».</source>
        <translation>Камера включена: поместите лицо в кадр и нажмите «Сделать снимок».</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="286"/>
        <source>The camera gave no picture yet; try again.</source>
        <translation>Камера ещё не дала изображения; попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="292"/>
        <source>camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="333"/>
        <source>%1 × %2 pixels from a %3 × %4 picture.</source>
        <translation>%1 × %2 пикселей из снимка %3 × %4.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="340"/>
        <source>This is small; the badge photo may print blurred.</source>
        <translation>Это мало; фото на бейдже может получиться размытым.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="349"/>
        <source>Choose a photo file or take a picture first.</source>
        <translation>Сначала выберите файл с фото или сделайте снимок.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="353"/>
        <source>Not saved: the operator&apos;s name is needed to record the change.</source>
        <translation>Не сохранено: для записи изменения нужно имя оператора.</translation>
    </message>
    <message>
        <location filename="../photo/dialog.py" line="369"/>
        <source>The photo was not saved: an unexpected error occurred (details are in the log file).</source>
        <translation>Фото не сохранено: произошла непредвиденная ошибка (подробности в журнале).</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../import_wizard/preview_model.py" line="140"/>
        <source>Import</source>
        <extracomment>Emitted after the desk changed a cell (the preview should be checked again). Emitted when a row&apos;s tick changes.</extracomment>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_model.py" line="142"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_model.py" line="144"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_model.py" line="146"/>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_model.py" line="221"/>
        <source>New person</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_model.py" line="222"/>
        <source>Updates a registered person</source>
        <translation>Обновляет зарегистрированного</translation>
    </message>
    <message>
        <location filename="../import_wizard/preview_model.py" line="223"/>
        <source>Has problems</source>
        <translation>Есть ошибки</translation>
    </message>
</context>
<context>
    <name>PrintBadgesDialog</name>
    <message>
        <location filename="../badges/print_dialog.py" line="100"/>
        <location filename="../badges/print_dialog.py" line="520"/>
        <source>Print badges</source>
        <extracomment>Emitted after the badges were printed or saved and marked printed (the badge ids). Emitted when a preview is on screen (or failed: then with None). Emitted with the message shown when something could not be done.</extracomment>
        <translation>Печать бейджей</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="123"/>
        <source>Whose badges</source>
        <translation>Чьи бейджи</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="127"/>
        <source>The selected people (%1)</source>
        <translation>Выбранные участники (%1)</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="131"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="133"/>
        <source>Everyone in the tree&apos;s branch «%1»</source>
        <translation>Все в ветви «%1»</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="136"/>
        <source>A region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="142"/>
        <source>A category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="153"/>
        <source>Only people whose badge is not printed yet</source>
        <translation>Только те, чей бейдж ещё не напечатан</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="159"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="174"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="180"/>
        <source>Preview gives a badge number to people who have none. Badges are marked printed only after printing or saving succeeded.</source>
        <translation>Предпросмотр присваивает номер бейджа тем, у кого его нет. Бейджи отмечаются как напечатанные только после успешной печати или сохранения.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="189"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="212"/>
        <source>Choose whose badges, then Preview.</source>
        <translation>Выберите, чьи бейджи, затем нажмите «Предпросмотр».</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="241"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="243"/>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="289"/>
        <location filename="../badges/print_dialog.py" line="380"/>
        <source>The choice changed: Preview again.</source>
        <translation>Выбор изменился: снова нажмите «Предпросмотр».</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="316"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="326"/>
        <location filename="../badges/print_dialog.py" line="327"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="330"/>
        <source>Nobody was given a badge number. %1</source>
        <translation>Никому не присвоен номер бейджа. %1</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="334"/>
        <source>An unexpected error occurred (details are in the log file).</source>
        <translation>Произошла непредвиденная ошибка (подробности в журнале).</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="354"/>
        <source>Checking names against the fonts…</source>
        <translation>Проверка имён по шрифтам…</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="357"/>
        <source>Rendering badges: %1 of %2</source>
        <translation>Подготовка бейджей: %1 из %2</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="358"/>
        <source>Preparing the preview: page %1 of %2</source>
        <translation>Подготовка предпросмотра: страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="392"/>
        <source>No preview.</source>
        <translation>Нет предпросмотра.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="393"/>
        <source>No preview</source>
        <translation>Нет предпросмотра</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="425"/>
        <source>Badges: %1 on %2 pages (newly numbered: %3).</source>
        <translation>Бейджей: %1, страниц: %2 (с новыми номерами: %3).</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="429"/>
        <source>Cancelled, skipped: %1.</source>
        <translation>Пропущены отменённые: %1.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="431"/>
        <source>Awaiting approval, left out: %1.</source>
        <translation>Не включены ожидающие одобрения: %1.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="434"/>
        <source>The pages cannot be shown or printed here: pdftoppm (poppler-utils) is not installed. Save the PDF and print it from a PDF viewer.</source>
        <translation>Страницы нельзя показать или напечатать здесь: не установлен pdftoppm (poppler-utils). Сохраните PDF и напечатайте его из программы просмотра PDF.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="438"/>
        <source>Showing the first %1 pages; all %2 will be printed.</source>
        <translation>Показаны первые страницы: %1; будут напечатаны все: %2.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="451"/>
        <source>Page %1 of %2 — %3 × %4 mm</source>
        <translation>Страница %1 из %2 — %3 × %4 мм</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="474"/>
        <source>Not marked printed</source>
        <translation>Не отмечено как напечатанное</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="486"/>
        <source>Save badges as PDF</source>
        <translation>Сохранить бейджи в PDF</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="486"/>
        <source>PDF (*.pdf)</source>
        <translation>Файл PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="507"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="508"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="511"/>
        <source>Saved. Marked printed: %1.</source>
        <translation>Сохранено. Отмечено как напечатанные: %1.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="534"/>
        <source>Sending to the printer: page %1 of %2</source>
        <translation>Отправка на принтер: страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="548"/>
        <source>Sent to the printer. Marked printed: %1.</source>
        <translation>Отправлено на принтер. Отмечено как напечатанные: %1.</translation>
    </message>
    <message>
        <location filename="../badges/print_dialog.py" line="554"/>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <location filename="../badges/queue.py" line="191"/>
        <source>Badge print queue</source>
        <extracomment>Emitted after each scan at hand-over (the core&apos;s :class:`HandOver`), for tests and the window. Emitted when the three lists were re-read. Emitted when a scan changed the data (the window refreshes its table and card). &quot;Print these&quot; from the to-print list: the delegate ids (empty: all not yet printed).</extracomment>
        <translation>Очередь печати бейджей</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="219"/>
        <source>Scan the badge being handed over (or type its code and press Enter)</source>
        <translation>Отсканируйте выдаваемый бейдж (или введите его код и нажмите Enter)</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="223"/>
        <source>Mark collected</source>
        <translation>Отметить выдачу</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="226"/>
        <source>Ready: scan a badge at hand-over.</source>
        <translation>Готово: отсканируйте бейдж при выдаче.</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="237"/>
        <source>Print badges not yet printed…</source>
        <translation>Напечатать ещё не напечатанные…</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="240"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="243"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="247"/>
        <source>Hand-over:</source>
        <translation>Выдача:</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="289"/>
        <source>To print (%1)</source>
        <translation>К печати (%1)</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="290"/>
        <source>Printed, not collected (%1)</source>
        <translation>Напечатаны, не выданы (%1)</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="291"/>
        <source>Collected (%1)</source>
        <translation>Выданы (%1)</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="317"/>
        <source>The queue could not be read (details are in the log file).</source>
        <translation>Не удалось прочитать очередь (подробности в журнале).</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="383"/>
        <source>The scan could not be recorded. Scan again; if it fails again, call the supervisor.</source>
        <translation>Сканирование не записано. Отсканируйте ещё раз; если снова не получится, позовите старшего смены.</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="405"/>
        <source>Badge %1 handed to %2: marked collected.</source>
        <translation>Бейдж %1 выдан участнику %2: отмечен как выданный.</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="407"/>
        <source>Badge %1 of %2 was already collected. Nothing changed.</source>
        <translation>Бейдж %1 (%2) уже был выдан. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="412"/>
        <source>DO NOT HAND OVER: badge %1 version %3 of %2 is revoked (%4). Keep it; print the current badge. Nothing changed.</source>
        <translation>НЕ ВЫДАВАТЬ: бейдж %1 версии %3 (%2) аннулирован (%4). Оставьте его у себя и напечатайте действующий бейдж. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="418"/>
        <source>FORGED OR DAMAGED CODE: this badge was not made with this event&apos;s key. Keep it and call the supervisor. Nothing changed.</source>
        <translation>ПОДДЕЛЬНЫЙ ИЛИ ПОВРЕЖДЁННЫЙ КОД: бейдж сделан не с ключом этого мероприятия. Оставьте его у себя и позовите старшего смены. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="422"/>
        <source>This badge belongs to another event. Nothing changed.</source>
        <translation>Этот бейдж относится к другому мероприятию. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="425"/>
        <source>Badge %1 is signed for this event but not in this database. Nothing changed.</source>
        <translation>Бейдж %1 подписан для этого мероприятия, но его нет в этой базе данных. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../badges/queue.py" line="428"/>
        <source>Not a badge code (another barcode, or a misread): scan again. Nothing changed.</source>
        <translation>Это не код бейджа (другой штрихкод или ошибка считывания): отсканируйте снова. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>ReissueDialog</name>
    <message>
        <location filename="../badges/reissue.py" line="36"/>
        <source>Reissue badge</source>
        <translation>Перевыпуск бейджа</translation>
    </message>
    <message>
        <location filename="../badges/reissue.py" line="40"/>
        <source>Badge %1 of %2 (version %3) will be revoked at every door, and version %4 issued.</source>
        <translation>Бейдж %1 (%2, версия %3) будет аннулирован на всех входах, и будет выпущена версия %4.</translation>
    </message>
    <message>
        <location filename="../badges/reissue.py" line="58"/>
        <source>Reissue</source>
        <translation>Перевыпустить</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../roles_dialog.py" line="35"/>
        <source>Roles and PINs</source>
        <translation>Роли и PIN-коды</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="54"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="55"/>
        <source>New PIN:</source>
        <translation>Новый PIN-код:</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="56"/>
        <source>New PIN again:</source>
        <translation>Новый PIN-код ещё раз:</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="62"/>
        <source>&amp;Set PIN</source>
        <translation>&amp;Задать PIN-код</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="65"/>
        <source>&amp;Clear all PINs…</source>
        <translation>&amp;Удалить все PIN-коды…</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="80"/>
        <source>PINs are on: every change needs a role signed in with its PIN.</source>
        <translation>PIN-коды включены: любое изменение требует входа с ролью и её PIN-кодом.</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="83"/>
        <source>Open mode: no admin PIN is set, so every action is allowed. Set the admin PIN first.</source>
        <translation>Открытый режим: PIN-код администратора не задан, поэтому разрешено всё. Сначала задайте PIN-код администратора.</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="89"/>
        <source>With a PIN: %1</source>
        <translation>С PIN-кодом: %1</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="91"/>
        <source>Without a PIN (cannot sign in): %1</source>
        <translation>Без PIN-кода (вход невозможен): %1</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="104"/>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>PIN-коды не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="112"/>
        <source>PIN set for %1.</source>
        <translation>PIN-код задан для роли «%1».</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="119"/>
        <source>Clear all PINs</source>
        <translation>Удалить все PIN-коды</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="120"/>
        <source>Remove every PIN? Every desk goes back to open mode, where anyone may do anything.</source>
        <translation>Удалить все PIN-коды? Все стойки вернутся в открытый режим, где любой может делать всё.</translation>
    </message>
    <message>
        <location filename="../roles_dialog.py" line="129"/>
        <source>All PINs removed: open mode.</source>
        <translation>Все PIN-коды удалены: открытый режим.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../widgets/search_panel.py" line="177"/>
        <source>Find anyone: name in any script, badge, passport, phone… (Ctrl+F)</source>
        <extracomment>A person was chosen (Enter, click): the window shows their card. Results for the current text arrived (also emitted for an empty query). The query was cleared: the window goes back to its table.</extracomment>
        <translation>Поиск: имя на любом языке, бейдж, паспорт, телефон… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../widgets/search_panel.py" line="226"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../widgets/search_panel.py" line="227"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../widgets/search_panel.py" line="228"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../widgets/search_panel.py" line="298"/>
        <source>%1 found — ↓ to choose, Enter to open, Esc to clear</source>
        <translation>Найдено: %1 — ↓ выбрать, Enter открыть, Esc очистить</translation>
    </message>
    <message>
        <location filename="../widgets/search_panel.py" line="299"/>
        <source>Nobody found</source>
        <translation>Никто не найден</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../widgets/search_panel.py" line="91"/>
        <source>Match: %1</source>
        <translation>Совпадение: %1</translation>
    </message>
</context>
<context>
    <name>SeatingEditor</name>
    <message>
        <location filename="../seating/editor.py" line="107"/>
        <source>Rank, then region name</source>
        <translation>Ранг, затем название региона</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="108"/>
        <source>Rank, then country and region</source>
        <translation>Ранг, затем страна и регион</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="109"/>
        <source>Order set by hand</source>
        <translation>Порядок вручную</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="112"/>
        <source>Persian alphabet</source>
        <translation>Персидский алфавит</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="113"/>
        <source>English alphabet</source>
        <translation>Английский алфавит</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="114"/>
        <source>Russian alphabet</source>
        <translation>Русский алфавит</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="115"/>
        <location filename="../seating/editor_actions.py" line="55"/>
        <source>&amp;Arrange</source>
        <translation>&amp;Рассадить</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="117"/>
        <source>Seat everyone by protocol; locked seats stay as they are</source>
        <translation>Рассадить всех по протоколу; закреплённые места не меняются</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="118"/>
        <location filename="../seating/editor_actions.py" line="63"/>
        <source>&amp;Order by hand…</source>
        <translation>Порядок в&amp;ручную…</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="120"/>
        <source>Put the delegations in the order of precedence you want</source>
        <translation>Расставить делегации в нужном порядке старшинства</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="121"/>
        <location filename="../seating/editor_actions.py" line="70"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="123"/>
        <source>Save the seating chart, the name cards and the seat slips as PDF</source>
        <translation>Сохранить схему рассадки, таблички с именами и карточки мест в PDF</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="126"/>
        <source>Session:</source>
        <translation>Заседание:</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="128"/>
        <source>Precedence:</source>
        <translation>Старшинство:</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="165"/>
        <source>Selected seat</source>
        <translation>Выбранное место</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="207"/>
        <source>Seating — %1</source>
        <translation>Рассадка — %1</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="290"/>
        <source>Unseated: %1</source>
        <translation>Без места: %1</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="299"/>
        <source>Conflicts: %1</source>
        <translation>Конфликты: %1</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="302"/>
        <source>%1 of %2 seats taken</source>
        <translation>Занято мест: %1 из %2</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="306"/>
        <location filename="../seating/items.py" line="137"/>
        <source>Seat %1</source>
        <extracomment>The window&apos;s small font size in pixels (:func:`~.legibility.small_font_px`). The keyboard&apos;s seat cursor is here / this seat&apos;s occupant is being moved by keyboard. What the last paint drew: the words&apos; size in device pixels (0: too small, not drawn) and the name&apos;s lines.</extracomment>
        <translation>Место %1</translation>
    </message>
    <message>
        <location filename="../seating/items.py" line="145"/>
        <source>Locked: kept when arranging again</source>
        <translation>Закреплено: сохраняется при повторной рассадке</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="314"/>
        <source>Why here: %1</source>
        <translation>Почему здесь: %1</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="316"/>
        <source>Locked</source>
        <translation>Закреплено</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="351"/>
        <source>Unlock seat</source>
        <translation>Открепить место</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="351"/>
        <source>Lock seat</source>
        <translation>Закрепить место</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="356"/>
        <source>Remove from seat</source>
        <translation>Освободить место</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="391"/>
        <source>Arranging…</source>
        <translation>Рассадка…</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="408"/>
        <source>arranged in %1 ms</source>
        <translation>рассажено за %1 мс</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="423"/>
        <source>Save the seating PDFs in</source>
        <translation>Сохранить PDF рассадки в</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="436"/>
        <source>%1 seated people have no Persian name: the Persian sheets show their Latin name marked for review (Protocol → Persian names adds them).

%2

Print anyway?</source>
        <translation>У %1 рассаженных нет персидского имени: на персидских листах их латинское имя помечено для проверки (добавить: Протокол → Персидские имена).

%2

Всё равно печатать?</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="439"/>
        <source>Persian names missing</source>
        <translation>Нет персидских имён</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="447"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="463"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../seating/editor.py" line="468"/>
        <source>Cannot print</source>
        <translation>Печать невозможна</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="51"/>
        <source>P&amp;lan</source>
        <translation>П&amp;лан</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="79"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="84"/>
        <source>S&amp;eat</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="89"/>
        <source>&amp;Place or move the chosen person</source>
        <translation>&amp;Посадить или пересадить выбранного</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="98"/>
        <source>&amp;Remove from seat</source>
        <translation>&amp;Освободить место</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="107"/>
        <source>&amp;Lock or unlock seat</source>
        <translation>&amp;Закрепить или открепить место</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="116"/>
        <source>&amp;Cancel the move</source>
        <translation>&amp;Отменить перемещение</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="123"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="127"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="135"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Уменьшить</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="143"/>
        <source>&amp;Fit the whole room</source>
        <translation>&amp;Весь зал в окне</translation>
    </message>
    <message>
        <location filename="../seating/editor_actions.py" line="151"/>
        <source>&amp;Readable size</source>
        <translation>&amp;Читаемый размер</translation>
    </message>
    <message>
        <location filename="../seating/keyboard.py" line="86"/>
        <source>Seating %1: choose a seat with the arrow keys and press Enter; Esc lets go</source>
        <translation>Рассаживаем: %1 — выберите место клавишами со стрелками и нажмите Enter; Esc — отмена</translation>
    </message>
    <message>
        <location filename="../seating/keyboard.py" line="144"/>
        <source>Zoom %1%</source>
        <translation>Масштаб %1%</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <location filename="../editor/stale_edit.py" line="29"/>
        <source>Someone else saved this person</source>
        <translation>Кто-то другой сохранил этого участника</translation>
    </message>
    <message>
        <location filename="../editor/stale_edit.py" line="33"/>
        <source>Another desk saved this person while you were editing, so your changes were not saved. Compare the two versions, then reload the saved one and make your changes again.</source>
        <translation>Другая стойка сохранила этого участника, пока вы редактировали, поэтому ваши изменения не сохранены. Сравните две версии, затем загрузите сохранённую и внесите изменения заново.</translation>
    </message>
    <message>
        <location filename="../editor/stale_edit.py" line="42"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../editor/stale_edit.py" line="42"/>
        <source>Saved by the other desk</source>
        <translation>Сохранено другой стойкой</translation>
    </message>
    <message>
        <location filename="../editor/stale_edit.py" line="42"/>
        <source>Your copy</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <location filename="../editor/stale_edit.py" line="57"/>
        <source>Reload the saved version</source>
        <translation>Загрузить сохранённую версию</translation>
    </message>
    <message>
        <location filename="../editor/stale_edit.py" line="61"/>
        <source>Back to my copy</source>
        <translation>Вернуться к моей версии</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../labels.py" line="23"/>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>Approved</source>
        <translation>Одобрен</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25"/>
        <source>Badge printed</source>
        <translation>Бейдж напечатан</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26"/>
        <source>Badge collected</source>
        <translation>Бейдж выдан</translation>
    </message>
    <message>
        <location filename="../labels.py" line="27"/>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../checkin/verdict.py" line="110"/>
        <source>Zones</source>
        <translation>Зоны</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="111"/>
        <source>Badge</source>
        <translation>Бейдж</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="112"/>
        <source>First check-in</source>
        <translation>Первая регистрация</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="138"/>
        <source>Dismiss (Esc)</source>
        <translation>Скрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="208"/>
        <source>Ready: scan a badge</source>
        <translation>Готово: отсканируйте бейдж</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="209"/>
        <source>Or find a person without a badge by name below.</source>
        <translation>Или найдите участника без бейджа по имени ниже.</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="224"/>
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="236"/>
        <source>Decided by this desk&apos;s copy: the server does not answer. The scan is kept here and goes to the server when it is back.</source>
        <translation>Решение по копии этой стойки: сервер не отвечает. Сканирование сохранено здесь и будет отправлено на сервер, когда он вернётся.</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="256"/>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="267"/>
        <source>Head of delegation</source>
        <translation>Глава делегации</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="282"/>
        <source>%1: access granted</source>
        <translation>%1: доступ разрешён</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="282"/>
        <source>%1: no access</source>
        <translation>%1: доступ запрещён</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="287"/>
        <source>%1 (version %2)</source>
        <translation>%1 (версия %2)</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="290"/>
        <source>— just issued: print it</source>
        <translation>— только что выпущен: напечатайте его</translation>
    </message>
    <message>
        <location filename="../checkin/verdict.py" line="294"/>
        <source>unnamed desk</source>
        <translation>стойка без названия</translation>
    </message>
</context>
<context>
    <name>_DateTimeField</name>
    <message>
        <location filename="../editor/fields.py" line="77"/>
        <source>Known</source>
        <translation>Известно</translation>
    </message>
</context>
</TS>
