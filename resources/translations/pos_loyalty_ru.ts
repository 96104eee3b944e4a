<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AdjustForm</name>
    <message>
        <location filename="../../ui/checkout/forms.py" line="+74"/>
        <source>Adjust points</source>
        <translation>Корректировка баллов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points (+ add, − remove)</source>
        <translation>Баллы (+ начислить, − списать)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type a number of points other than 0.</source>
        <translation>Введите число баллов, отличное от 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the balance changes.</source>
        <translation>Укажите, почему меняется баланс.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+117"/>
        <source>Demo accounts: %1</source>
        <translation>Демо-учётные записи: %1</translation>
    </message>
</context>
<context>
    <name>BackOfficeWindow</name>
    <message>
        <location filename="../../ui/backoffice/window.py" line="+38"/>
        <source>POS Loyalty back office: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckoutSession</name>
    <message>
        <location filename="../../ui/checkout/session.py" line="+217"/>
        <source>The sale is being recorded: wait a moment.</source>
        <translation>Продажа записывается: подождите немного.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the card first, or press F5 for a check without a card.</source>
        <translation>Сначала отсканируйте карту или нажмите F5 для чека без карты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This card cannot be used: see the member panel.</source>
        <translation>Эту карту нельзя использовать: см. карточку покупателя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the amount of the check first.</source>
        <translation>Сначала введите сумму чека.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>There is no slip to reprint yet.</source>
        <translation>Пока нет слипа для повторной печати.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Scan the member&apos;s card first.</source>
        <translation>Сначала отсканируйте карту покупателя.</translation>
    </message>
</context>
<context>
    <name>CheckoutWindow</name>
    <message>
        <location filename="../../ui/checkout/window.py" line="+74"/>
        <source>POS Loyalty: %1</source>
        <translation>POS Loyalty: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scan a card, or type a phone number or a name.</source>
        <translation>Отсканируйте карту или введите телефон либо имя.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo devices</source>
        <translation>Демо-устройства</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeem max</source>
        <translation>Списать максимум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No card</source>
        <translation>Без карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the cap</source>
        <translation>Сверх лимита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjust points</source>
        <translation>Корректировка баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+230"/>
        <source>Void</source>
        <translation>Аннулировать</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Reprint</source>
        <translation>Повторная печать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back office</source>
        <translation>Бэк-офис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer</source>
        <translation>Новый покупатель</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Next customer: scan a card.</source>
        <translation>Следующий покупатель: отсканируйте карту.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Card not accepted: %1</source>
        <translation>Карта не принята: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A device did not open: %1</source>
        <translation>Устройство не открылось: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Card read: %1. Type the amount, then Enter.</source>
        <translation>Карта считана: %1. Введите сумму и нажмите Enter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check without a card: type the amount, then Enter.</source>
        <translation>Чек без карты: введите сумму и нажмите Enter.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sale recorded: to pay %1.</source>
        <translation>Продажа записана: к оплате %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points +%1, −%2; balance now %3.</source>
        <translation>Баллы +%1, −%2; баланс теперь %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Slip printed (%1)</source>
        <translation>Слип напечатан (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sale is saved, but the slip was NOT printed: %1 Fix the printer, then press F10 to reprint.</source>
        <translation>Продажа сохранена, но слип НЕ напечатан: %1 Исправьте принтер и нажмите F10 для повторной печати.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer display: %1</source>
        <translation>Дисплей покупателя: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not approved: a manager&apos;s PIN is needed.</source>
        <translation>Не подтверждено: нужен PIN менеджера.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>Scan the member&apos;s card first.</source>
        <translation>Сначала отсканируйте карту покупателя.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>redeem points over the cap</source>
        <translation>списать баллы сверх лимита</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>open the settings</source>
        <translation>открыть настройки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>open the back office</source>
        <translation>открыть бэк-офис</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Redemption cap lifted by %1 for this check.</source>
        <translation>Лимит списания снят менеджером %1 для этого чека.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Points adjusted.</source>
        <translation>Баллы скорректированы.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Void this terminal&apos;s last sale of today?</source>
        <translation>Аннулировать последнюю сегодняшнюю продажу этой кассы?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund recorded: money back %1, points taken back %2, given back %3.</source>
        <translation>Возврат оформлен: вернуть деньгами %1, баллов списано %2, возвращено %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The balance is NEGATIVE: earned points were already spent.</source>
        <translation>Баланс ОТРИЦАТЕЛЬНЫЙ: начисленные баллы уже потрачены.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../ui/core_messages.py" line="+30"/>
        <source>No card number was read: scan the card again or type its 13 digits.</source>
        <translation>Номер карты не считан: отсканируйте карту ещё раз или введите все 13 цифр.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{read}&apos; is not a card number: a card number has 13 digits.</source>
        <translation>«{read}» — не номер карты: в номере карты 13 цифр.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{read}&apos; has {digits} digits, a card number has 13: scan again or type it in full.</source>
        <translation>В «{read}» цифр: {digits}, а в номере карты их 13: отсканируйте ещё раз или введите номер полностью.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{read}&apos; has a wrong check digit (the last digit should be {expected}): the number was misread or mistyped, scan again.</source>
        <translation>У «{read}» неверная контрольная цифра (последней должна быть {expected}): номер считан или введён с ошибкой, отсканируйте ещё раз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{read}&apos; is a valid barcode but not a loyalty card (ours start with {prefix}).</source>
        <translation>«{read}» — правильный штрихкод, но не карта программы лояльности (наши начинаются с {prefix}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incomplete read &apos;{read}&apos;: the scan was cut off, scan the card again.</source>
        <translation>Неполное чтение «{read}»: скан оборвался, отсканируйте карту ещё раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read &apos;{read}&apos; is far too long for a card number: check the scanner settings (terminator, baud rate) and scan again.</source>
        <translation>Считанное «{read}» слишком длинное для номера карты: проверьте настройки сканера (окончание, скорость) и отсканируйте ещё раз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected bytes &apos;{read}&apos; outside an STX/ETX frame: check that the scanner&apos;s terminator setting matches the scanner.</source>
        <translation>Лишние байты «{read}» вне кадра STX/ETX: проверьте, что настройка окончания совпадает со сканером.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read &apos;{read}&apos; contains bytes that are not text: check the scanner&apos;s baud rate and framing (e.g. 9600 8N1) and scan again.</source>
        <translation>В считанном «{read}» есть байты, которые не являются текстом: проверьте скорость и формат кадра сканера (например, 9600 8N1) и отсканируйте ещё раз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read &apos;{read}&apos; contains control characters: it is not a card number; check the scanner&apos;s prefix/suffix settings.</source>
        <translation>В считанном «{read}» есть управляющие символы: это не номер карты; проверьте настройки префикса и суффикса сканера.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No loyalty programme is set up: a manager must set it up first.</source>
        <translation>Программа лояльности не настроена: сначала её должен настроить менеджер.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card {card} is not known here: check the number or sync the terminal.</source>
        <translation>Карта {card} здесь неизвестна: проверьте номер или синхронизируйте терминал.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card {card} points to a member that is missing: sync the terminal.</source>
        <translation>Карта {card} ссылается на покупателя, которого нет: синхронизируйте терминал.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card {card} is blocked ({reason}); it belonged to {member}: nothing can be done with it, issue a new card.</source>
        <translation>Карта {card} заблокирована ({reason}); она принадлежала {member}: с ней ничего нельзя сделать, выдайте новую карту.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card {card} is blocked ({reason}): nothing can be done with it, issue a new card.</source>
        <translation>Карта {card} заблокирована ({reason}): с ней ничего нельзя сделать, выдайте новую карту.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card {card} was replaced by card {new_card}: the balance is on the new card, scan that one.</source>
        <translation>Карта {card} заменена картой {new_card}: баланс на новой карте, отсканируйте её.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card {card} is not registered to anyone: register it first.</source>
        <translation>Карта {card} ни на кого не зарегистрирована: сначала зарегистрируйте её.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{text}&apos; is not an amount: type it like 1234.50.</source>
        <translation>«{text}» — не сумма: введите её так: 1234,50.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{text}&apos; has more than 2 decimal places: amounts are to the kopeck.</source>
        <translation>В «{text}» больше двух знаков после запятой: суммы указываются с точностью до копейки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check is empty: type the amount.</source>
        <translation>Чек пуст: введите сумму.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check line of {amount}: amounts must be more than 0.</source>
        <translation>Строка чека на {amount}: сумма должна быть больше 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not a number of points: type a whole number or press F4.</source>
        <translation>«{value}» — не число баллов: введите целое число или нажмите F4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points that can be spent today: {available}; asked: {asked}.</source>
        <translation>Баллов, доступных для списания сегодня: {available}; запрошено: {asked}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points missing: {missing}.</source>
        <translation>Не хватает баллов: {missing}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A refund needs a reason (for example: goods returned).</source>
        <translation>Для возврата нужна причина (например: товар возвращён).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A refund of {amount}: the amount must be more than 0.</source>
        <translation>Возврат на {amount}: сумма должна быть больше 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A refund of {amount} is more than what is left to refund on this sale ({left} of {total}): check the amount.</source>
        <translation>Возврат {amount} больше, чем осталось вернуть по этой продаже ({left} из {total}): проверьте сумму.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no sale on this terminal to void.</source>
        <translation>На этом терминале нет продажи, которую можно аннулировать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last sale was on another day: make a refund instead of a void.</source>
        <translation>Последняя продажа была в другой день: оформите возврат вместо аннулирования.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last sale was already (partly) refunded: make a refund instead.</source>
        <translation>По последней продаже уже был (частичный) возврат: оформите возврат вместо аннулирования.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no sale {sale}: choose the sale in the history again.</source>
        <translation>Продажи {sale} нет: выберите продажу в истории ещё раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No slip was kept for {sale}: choose the sale in the history again.</source>
        <translation>Слип для {sale} не сохранён: выберите продажу в истории ещё раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An adjustment needs a reason: say why the balance changes.</source>
        <translation>Для корректировки нужна причина: укажите, почему меняется баланс.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An adjustment of 0 points changes nothing: type a number like 50 or -50.</source>
        <translation>Корректировка на 0 баллов ничего не меняет: введите число, например 50 или -50.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points to adjust: {points}, above the approval limit of {limit}: a second manager must approve.</source>
        <translation>Баллов к корректировке: {points}, это больше лимита подтверждения {limit}: нужно подтверждение второго менеджера.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The balance is {balance}: at most {most} points can be removed.</source>
        <translation>Баланс {balance}: списать можно не больше {most} баллов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN-код — это от 4 до 8 цифр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} can no longer sign in: ask a manager.</source>
        <translation>{name} больше не может войти: обратитесь к менеджеру.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is locked after wrong PINs: try again in {seconds} s.</source>
        <translation>{name}: вход заблокирован после неверных PIN-кодов, попробуйте снова через {seconds} с.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN for {name}.</source>
        <translation>Неверный PIN-код для {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN for {name}: locked for {seconds} s.</source>
        <translation>Неверный PIN-код для {name}: вход заблокирован на {seconds} с.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is not a manager&apos;s PIN: ask a manager to type theirs.</source>
        <translation>Это не PIN-код менеджера: попросите менеджера ввести свой.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lost</source>
        <translation>утеряна</translation>
    </message>
</context>
<context>
    <name>CounterShell</name>
    <message>
        <location filename="../../ui/counter_shell.py" line="+34"/>
        <source>Opening the store…</source>
        <translation>Открываем магазин…</translation>
    </message>
</context>
<context>
    <name>CounterTab</name>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="+78"/>
        <source>Refunds above this amount need a manager&apos;s PIN</source>
        <translation>Возврат на сумму больше этой требует PIN менеджера</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type an amount, e.g. {example}.</source>
        <translation>Введите сумму, например {example}.</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <location filename="../../ui/checkout/demo_panel.py" line="+28"/>
        <source>Simulate a scan</source>
        <translation>Имитировать сканирование</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scan</source>
        <translation>Сканировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer switched off</source>
        <translation>Принтер выключен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer display</source>
        <translation>Дисплей покупателя</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last slip</source>
        <translation>Последний слип</translation>
    </message>
</context>
<context>
    <name>DeviceFields</name>
    <message>
        <location filename="../../ui/dialogs/device_fields.py" line="+80"/>
        <location line="+1"/>
        <source>Connected by</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port or device file</source>
        <translation>Порт или файл устройства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Адрес (хост)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP port</source>
        <translation>TCP-порт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB vendor id</source>
        <translation>USB VID (производитель)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB product id</source>
        <translation>USB PID (модель)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB serial number</source>
        <translation>Серийный номер USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baud rate</source>
        <translation>Скорость, бод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data bits</source>
        <translation>Биты данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parity</source>
        <translation>Чётность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop bits</source>
        <translation>Стоп-биты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of a scan</source>
        <translation>Конец скана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence ending a scan, ms</source>
        <translation>Пауза, завершающая скан, мс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete read after, ms</source>
        <translation>Неполное чтение через, мс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefix</source>
        <translation>Префикс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suffix</source>
        <translation>Суффикс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore a repeat scan for, ms</source>
        <translation>Игнорировать повторный скан, мс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for the scanner every, ms</source>
        <translation>Искать сканер каждые, мс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest gap between keys, ms</source>
        <translation>Наибольшая пауза между клавишами, мс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortest scan, characters</source>
        <translation>Наименьшая длина скана, символов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout, ms</source>
        <translation>Тайм-аут, мс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer model</source>
        <translation>Модель принтера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper width</source>
        <translation>Ширина ленты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code page</source>
        <translation>Кодовая страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code page number (ESC t n)</source>
        <translation>Номер кодовой страницы (ESC t n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing characters</source>
        <translation>Отсутствующие символы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card on the slip</source>
        <translation>Карта на слипе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper cut</source>
        <translation>Отрезка ленты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines fed before the cut</source>
        <translation>Строк прогона перед отрезкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash drawer pin</source>
        <translation>Контакт денежного ящика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the paper before printing</source>
        <translation>Проверять бумагу перед печатью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command set</source>
        <translation>Система команд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters per line</source>
        <translation>Символов в строке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>USB keyboard wedge</source>
        <translation>USB, как клавиатура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial port</source>
        <translation>COM-порт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network (TCP)</source>
        <translation>Сеть (TCP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device file</source>
        <translation>Файл устройства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated (demo)</source>
        <translation>Имитация (демо)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full cut</source>
        <translation>Полная отрезка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial cut</source>
        <translation>Частичная отрезка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAN-13 barcode</source>
        <translation>Штрихкод EAN-13</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transliterate</source>
        <translation>Транслитерировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question mark</source>
        <translation>Вопросительный знак</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{width} mm</source>
        <translation>{width} мм</translation>
    </message>
</context>
<context>
    <name>DeviceForm</name>
    <message>
        <location filename="../../ui/dialogs/device_form.py" line="+136"/>
        <source>Type a whole number, e.g. {example}.</source>
        <translation>Введите целое число, например {example}.</translation>
    </message>
</context>
<context>
    <name>DeviceMessages</name>
    <message>
        <location filename="../../ui/dialogs/device_messages.py" line="+10"/>
        <source>The printer does not answer: it is off, unplugged or busy.</source>
        <translation>Принтер не отвечает: он выключен, отключён или занят.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer is out of paper.</source>
        <translation>В принтере закончилась бумага.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer&apos;s cover is open.</source>
        <translation>Открыта крышка принтера.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer did not answer in time.</source>
        <translation>Принтер не ответил вовремя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer was not found: check its port or address.</source>
        <translation>Принтер не найден: проверьте порт или адрес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s user may not open the printer&apos;s port.</source>
        <translation>У пользователя компьютера нет доступа к порту принтера.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program is using the printer&apos;s port.</source>
        <translation>Порт принтера занят другой программой.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer settings do not fit this printer.</source>
        <translation>Настройки не подходят к этому принтеру.</translation>
    </message>
</context>
<context>
    <name>DeviceStatusBar</name>
    <message>
        <location filename="../../ui/checkout/status_bar.py" line="+28"/>
        <source>Scanner: starting…</source>
        <translation>Сканер: запуск…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer: not used yet</source>
        <translation>Принтер: ещё не использовался</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: not configured</source>
        <translation>Синхронизация: не настроена</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scanner: keyboard (USB)</source>
        <translation>Сканер: клавиатурный (USB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanner: ready</source>
        <translation>Сканер: готов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scanner: not connected. Plug it in, or type the card number. %1</source>
        <translation>Сканер: не подключён. Подключите его или введите номер карты вручную. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scanner: stopped</source>
        <translation>Сканер: остановлен</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>simulated</source>
        <translation>имитация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer: ready (%1)</source>
        <translation>Принтер: готов (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printer: DOWN. Fix it, then F10 Reprint.</source>
        <translation>Принтер: НЕ РАБОТАЕТ. Исправьте и нажмите F10 для повторной печати.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync: server unreachable, %1 waiting. Sales go on; it retries.</source>
        <translation>Синхронизация: сервер недоступен, ждут отправки: %1. Продажи идут, повтор автоматически.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync: sending, %1 waiting</source>
        <translation>Синхронизация: отправка, ждут: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync: up to date (%1)</source>
        <translation>Синхронизация: всё отправлено (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync: stopped</source>
        <translation>Синхронизация: остановлена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printer: none set up (F12 Settings)</source>
        <translation>Принтер: не настроен (F12 — настройки)</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run_devices.py" line="+31"/>
        <source>Devices</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the card scanner and the receipt printer are attached.</source>
        <translation>Как подключены сканер карт и чековый принтер.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB keyboard wedge (types the number)</source>
        <translation>USB, как клавиатура (вводит номер сам)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial port (RS-232 or USB virtual COM)</source>
        <translation>COM-порт (RS-232 или виртуальный COM по USB)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No printer</source>
        <translation>Без принтера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network printer (host and port)</source>
        <translation>Сетевой принтер (адрес и порт)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial port</source>
        <translation>COM-порт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device file (e.g. /dev/usb/lp0)</source>
        <translation>Файл устройства (например, /dev/usb/lp0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF slips in a folder</source>
        <translation>PDF-слипы в папку</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>80 mm</source>
        <translation>80 мм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>58 mm</source>
        <translation>58 мм</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Card scanner</source>
        <translation>Сканер карт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected by</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Receipt printer</source>
        <translation>Чековый принтер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Адрес (хост)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP port</source>
        <translation>TCP-порт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device file</source>
        <translation>Файл устройства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF folder</source>
        <translation>Папка для PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper width</source>
        <translation>Ширина ленты</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give the folder where the PDF slips go.</source>
        <translation>Укажите папку, куда сохранять PDF-слипы.</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location filename="../../ui/dialogs/settings_devices.py" line="+93"/>
        <source>Test print</source>
        <translation>Пробная печать</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Card scanner</source>
        <translation>Сканер карт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt printer</source>
        <translation>Чековый принтер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer display</source>
        <translation>Дисплей покупателя</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Used when there is no printer</source>
        <translation>Используется, когда нет принтера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF slips folder</source>
        <translation>Папка для PDF-слипов</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Printing a test slip…</source>
        <translation>Печатается пробный слип…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The test slip went to {where}.</source>
        <translation>Пробный слип отправлен: {where}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No printer and no PDF folder are set up: nothing was printed.</source>
        <translation>Не настроены ни принтер, ни папка для PDF: ничего не напечатано.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ui/dialogs/field_errors.py" line="+37"/>
        <source>Needed for this connection.</source>
        <translation>Обязательно для этого подключения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one of: {choices}.</source>
        <translation>Выберите одно из: {choices}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Must be at least {minimum}.</source>
        <translation>Не меньше {minimum}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A TCP port is 1 to 65535.</source>
        <translation>TCP-порт — от 1 до 65535.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A USB id is 0x0000 to 0xFFFF.</source>
        <translation>USB-идентификатор — от 0x0000 до 0xFFFF.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="+56"/>
        <source>Setting up the store</source>
        <translation>Настройка магазина</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/checkout/history_panel.py" line="+35"/>
        <source>Recent sales</source>
        <translation>Последние продажи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void</source>
        <translation>Аннулировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint</source>
        <translation>Повторная печать</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunded</source>
        <translation>Возвращено</translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../../ui/checkout/lines_table.py" line="+22"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Line {line}: {problem}</source>
        <translation>Строка {line}: {problem}</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="+134"/>
        <source>Manager&apos;s account</source>
        <translation>Учётная запись менеджера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The manager signs in with this PIN, adds cashiers and approves refunds.</source>
        <translation>Менеджер входит с этим PIN-кодом, добавляет кассиров и подтверждает возвраты.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN-код (от 4 до 8 цифр)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>PIN-код ещё раз</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the manager&apos;s name.</source>
        <translation>Укажите имя менеджера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a staff member with this name.</source>
        <translation>Сотрудник с таким именем уже есть.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN-код — от 4 до 8 цифр.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>PIN-коды не совпадают: введите один и тот же PIN дважды.</translation>
    </message>
</context>
<context>
    <name>ManagerPin</name>
    <message>
        <location filename="../../ui/dialogs/manager_pin.py" line="+108"/>
        <source>approve this refund</source>
        <translation>подтвердить этот возврат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>void the last sale</source>
        <translation>аннулировать последнюю продажу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correct a balance</source>
        <translation>скорректировать баланс</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <location line="-77"/>
        <source>Manager&apos;s approval</source>
        <translation>Подтверждение менеджера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A manager&apos;s PIN is needed to {reason}.</source>
        <translation>Нужен PIN-код менеджера, чтобы {reason}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type the manager&apos;s PIN.</source>
        <translation>Введите PIN-код менеджера.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That is not a manager&apos;s PIN. Ask a manager to type theirs.</source>
        <translation>Это не PIN-код менеджера. Попросите менеджера ввести свой.</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../ui/checkout/member_panel.py" line="+64"/>
        <source>Check without a card</source>
        <translation>Чек без карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No discount and no points; the sale is recorded.</source>
        <translation>Без скидки и без баллов; продажа записывается.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan a card</source>
        <translation>Отсканируйте карту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or find the member by phone or name (F2)</source>
        <translation>или найдите покупателя по телефону или имени (F2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card %1</source>
        <translation>Карта %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CARD REPLACED. The balance is on card %1 now: scan that card.</source>
        <translation>КАРТА ЗАМЕНЕНА. Баланс теперь на карте %1: отсканируйте её.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card not registered</source>
        <translation>Карта не зарегистрирована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This card belongs to nobody yet: register it.</source>
        <translation>Эта карта ещё никому не выдана: зарегистрируйте её.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offers: %1</source>
        <translation>Предложения: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lost</source>
        <translation>утеряна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BLOCKED CARD (%1). It belonged to %2. Nothing can be done with it.</source>
        <translation>КАРТА ЗАБЛОКИРОВАНА (%1). Владелец: %2. Операции по ней невозможны.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tier: %1</source>
        <translation>Уровень: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 more to %2</source>
        <translation>ещё %1 до уровня «%2»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Balance: %1 points</source>
        <translation>Баланс баллов: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 pending)</source>
        <translation>(%1 ожидают активации)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discount: %1 %</source>
        <translation>Скидка: %1 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 points expire on %2</source>
        <translation>%2 сгорят баллы: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Club membership until %1</source>
        <translation>Клубное членство до %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/dialogs/pin_pad.py" line="+32"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the last digit</source>
        <translation>Стереть последнюю цифру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the PIN</source>
        <translation>Очистить PIN-код</translation>
    </message>
</context>
<context>
    <name>ProgrammeChoices</name>
    <message>
        <location filename="../../ui/dialogs/programme_choices.py" line="+25"/>
        <source>Discount card</source>
        <translation>Дисконтная карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus points</source>
        <translation>Бонусные баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiered club</source>
        <translation>Клуб с уровнями</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Every card gives {percent} % off the check (at most {cap} % together with promotions). No points to explain: the simplest programme to run at the counter. Tobacco is never discounted.</source>
        <translation>Каждая карта даёт скидку {percent} % на чек (вместе с акциями — не больше {cap} %). Никаких баллов объяснять не нужно: самая простая программа для кассы. На табак скидка не действует.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customers earn {earn} % of what they pay as points (1 point = {point}) and pay up to {redeem} % of a check of at least {min_check} with them. Welcome bonus {welcome} points, birthday bonus {birthday} points; points expire after {days} days.</source>
        <translation>Покупатели получают баллами {earn} % от оплаченной суммы (1 балл = {point}) и оплачивают ими до {redeem} % чека от {min_check}. Приветственный бонус — {welcome} баллов, бонус в день рождения — {birthday} баллов; баллы сгорают через {days} дней.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{tier} from {spend}: {discount} % off, {earn} % in points</source>
        <translation>{tier} от {spend}: скидка {discount} %, баллами {earn} %</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Levels reached by spend over a year: {tiers}. Points become spendable after {days} days (the return window). A paid club membership ({fee} for {period} days) adds {discount} % off and {earn} % in points.</source>
        <translation>Уровни по сумме покупок за год: {tiers}. Баллы можно тратить через {days} дней (срок возврата). Платное клубное членство ({fee} на {period} дней) добавляет {discount} % скидки и {earn} % баллами.</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="-70"/>
        <source>Loyalty programme</source>
        <translation>Программа лояльности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from one of these; the numbers can be changed later.</source>
        <translation>Выберите одну из них для начала; цифры можно изменить позже.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a programme.</source>
        <translation>Выберите программу.</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <location filename="../../ui/checkout/quote_panel.py" line="+76"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>points</source>
        <translation>баллы</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Confirm</source>
        <translation>Провести</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Redeem max</source>
        <translation>Списать максимум</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redeem</source>
        <translation>Списать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receipt number of the till (optional)</source>
        <translation>номер чека кассы (необязательно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total</source>
        <translation>Сумма чека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid with points</source>
        <translation>Оплачено баллами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points earned</source>
        <translation>Начислено баллов</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>pts</source>
        <translation>б.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>new balance %1</source>
        <translation>новый баланс %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>max</source>
        <translation>максимум</translation>
    </message>
</context>
<context>
    <name>RefundForm</name>
    <message>
        <location filename="../../ui/checkout/forms.py" line="-79"/>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left to refund</source>
        <translation>Осталось вернуть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goods returned worth</source>
        <translation>Возвращено товаров на сумму</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>goods returned</source>
        <translation>возврат товара</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>faulty goods</source>
        <translation>брак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Say why the goods come back.</source>
        <translation>Укажите причину возврата товара.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/checkout/search_box.py" line="+55"/>
        <location filename="../../ui/counter_shell.py" line="+6"/>
        <source>Card number, phone or name</source>
        <translation>Номер карты, телефон или имя</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>↑ ↓ to choose, Enter to take</source>
        <translation>↑ ↓ — выбор, Enter — взять</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody found</source>
        <translation>Никого не найдено</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="+33"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter</source>
        <translation>Касса</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="+49"/>
        <location line="+11"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who is signing in?</source>
        <translation>Кто входит?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your PIN</source>
        <translation>Ваш PIN-код</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no staff accounts yet: ask a manager.</source>
        <translation>Учётных записей сотрудников пока нет: обратитесь к менеджеру.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose your name first.</source>
        <translation>Сначала выберите своё имя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your PIN.</source>
        <translation>Введите PIN-код.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} can no longer sign in: ask a manager.</source>
        <translation>{name} больше не может входить: обратитесь к менеджеру.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Wrong PIN. Tries left before a lock: %n.</source>
        <translation>
            <numerusform>Неверный PIN-код. Осталось попыток до блокировки: %n.</numerusform>
            <numerusform>Неверный PIN-код. Осталось попыток до блокировки: %n.</numerusform>
            <numerusform>Неверный PIN-код. Осталось попыток до блокировки: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You can try your PIN again now.</source>
        <translation>Теперь можно снова ввести PIN-код.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Locked after wrong PINs: try again in %n s.</source>
        <translation>
            <numerusform>Заблокировано после неверных PIN-кодов: повторите через %n секунду.</numerusform>
            <numerusform>Заблокировано после неверных PIN-кодов: повторите через %n секунды.</numerusform>
            <numerusform>Заблокировано после неверных PIN-кодов: повторите через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="-58"/>
        <source>Your store</source>
        <translation>Ваш магазин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name printed on slips, the currency and the language.</source>
        <translation>Название на слипах, валюта и язык.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Store name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the store&apos;s name, as printed on slips.</source>
        <translation>Укажите название магазина, как на слипах.</translation>
    </message>
</context>
<context>
    <name>StoreTab</name>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="-65"/>
        <source>Address, phone, tax number: one per line</source>
        <translation>Адрес, телефон, ИНН: по одному в строке</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Store name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header lines</source>
        <translation>Строки заголовка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer</source>
        <translation>Нижняя строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the store&apos;s name, as printed on slips.</source>
        <translation>Укажите название магазина, как на слипах.</translation>
    </message>
</context>
</TS>
