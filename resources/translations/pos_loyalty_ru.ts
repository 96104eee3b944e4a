<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AdjustForm</name>
    <message>
        <location filename="../../ui/checkout/forms.py" line="+72"/>
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
        <location filename="../../ui/app.py" line="+86"/>
        <source>Demo accounts: %1</source>
        <translation>Демо-учётные записи: %1</translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <location filename="../../ui/backoffice/panels.py" line="+11"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
</context>
<context>
    <name>BackOfficeWindow</name>
    <message>
        <location filename="../../ui/backoffice/window.py" line="+38"/>
        <source>POS Loyalty back office: %1</source>
        <translation>Бэк-офис POS Loyalty: %1</translation>
    </message>
</context>
<context>
    <name>BonusesSection</name>
    <message>
        <location filename="../../ui/backoffice/programme/bonuses.py" line="+29"/>
        <source>Welcome bonus, points (once, at registration)</source>
        <translation>Приветственный бонус, баллов (один раз, при регистрации)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday bonus, points (once a year)</source>
        <translation>Бонус ко дню рождения, баллов (раз в год)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday window, days before and after</source>
        <translation>Окно дня рождения, дней до и после</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday points expire after, days</source>
        <translation>Баллы ко дню рождения сгорают через, дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral: the member who invited, points</source>
        <translation>Рекомендация: пригласившему, баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral: the newcomer, points</source>
        <translation>Рекомендация: новичку, баллов</translation>
    </message>
</context>
<context>
    <name>CapsSection</name>
    <message>
        <location filename="../../ui/backoffice/programme/caps.py" line="+24"/>
        <source>Percentages are of the check; amounts like 1234.50.</source>
        <translation>Проценты — от чека; суммы в виде 1234.50.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount at most, % (tier + promotions + club)</source>
        <translation>Скидка не больше, % (уровень + акции + клуб)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points pay at most, % of the discountable part</source>
        <translation>Баллами можно оплатить не больше, % от части чека со скидкой</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points pay only for checks from</source>
        <translation>Баллами можно оплатить чек от</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One point is worth</source>
        <translation>Стоимость одного балла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier spend counts over, days</source>
        <translation>Покупки для уровня учитываются за, дней</translation>
    </message>
</context>
<context>
    <name>CategoriesSection</name>
    <message>
        <location filename="../../ui/backoffice/programme/categories.py" line="+22"/>
        <source>no discount (nor paid with points)</source>
        <translation>без скидки (и без оплаты баллами)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no points earned</source>
        <translation>без начисления баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neither discount nor points</source>
        <translation>ни скидки, ни баллов</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excluded from</source>
        <translation>Исключена из</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a category</source>
        <translation>Добавить категорию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected category</source>
        <translation>Удалить выбранную категорию</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Categories are typed at the counter with each line (tobacco, gift_card). Lines of other categories get the discount and earn points.</source>
        <translation>Категории вводятся на кассе для каждой строки чека (tobacco, gift_card). Строки других категорий получают скидку и баллы.</translation>
    </message>
</context>
<context>
    <name>CheckoutSession</name>
    <message>
        <location filename="../../ui/checkout/session.py" line="+216"/>
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
        <location filename="../../ui/checkout/window.py" line="+73"/>
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
        <location line="+228"/>
        <source>Void</source>
        <translation>Аннулировать</translation>
    </message>
    <message>
        <location line="-227"/>
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
        <location line="+12"/>
        <source>Card not accepted: %1</source>
        <translation>Карта не принята: %1</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location filename="../../ui/checkout/status_bar.py" line="+24"/>
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
    <name>ExpirySection</name>
    <message>
        <location filename="../../ui/backoffice/programme/expiry.py" line="+18"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at once</source>
        <translation>сразу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points credited on day d are gone on day d + expiry and can be spent from day d + activation (the return window).</source>
        <translation>Баллы, начисленные в день d, сгорают в день d + срок и доступны для списания с дня d + задержка (срок возврата товара).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Points expire after, days</source>
        <translation>Баллы сгорают через, дней</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points can be spent after, days</source>
        <translation>Баллы можно списать через, дней</translation>
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
        <location filename="../../ui/checkout/lines_table.py" line="+21"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line %1: </source>
        <translation>строка %1: </translation>
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
    <name>MembershipSection</name>
    <message>
        <location filename="../../ui/backoffice/programme/membership.py" line="+17"/>
        <source>Sell a paid club membership</source>
        <translation>Продавать платное клубное членство</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fee</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period, days</source>
        <translation>Срок, дней</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra discount, %</source>
        <translation>Дополнительная скидка, %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra points, % of the check</source>
        <translation>Дополнительные баллы, % от чека</translation>
    </message>
</context>
<context>
    <name>OffersSection</name>
    <message>
        <location filename="../../ui/backoffice/programme/offers.py" line="+45"/>
        <source>card number (scan or type)</source>
        <translation>номер карты (отсканируйте или введите)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the member by their card first.</source>
        <translation>Сначала найдите покупателя по карте.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>win-back: only if no purchase for at least</source>
        <translation>возврат покупателя: только если нет покупок не меньше</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> days</source>
        <translation> дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the offer</source>
        <translation>Выдать предложение</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A personal offer is for one member and takes effect at once; the cashier sees it when the card is scanned. It is not part of the programme version.</source>
        <translation>Персональное предложение — для одного покупателя и действует сразу; кассир видит его при сканировании карты. Оно не входит в версию программы.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offers not used yet</source>
        <translation>Неиспользованные предложения</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>x3 points on your next purchase</source>
        <translation>x3 баллов за следующую покупку</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Looking the card up…</source>
        <translation>Ищем карту…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(erased)</source>
        <translation>(данные удалены)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no purchase yet</source>
        <translation>покупок ещё не было</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>last seen {day}, %n days ago</source>
        <translation>
            <numerusform>последняя покупка {day}, %n день назад</numerusform>
            <numerusform>последняя покупка {day}, %n дня назад</numerusform>
            <numerusform>последняя покупка {day}, %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (until {day})</source>
        <translation>{name} (до {day})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The offer “{name}” was given to {member}.</source>
        <translation>Предложение «{name}» выдано: {member}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The offer could not be given: {error}</source>
        <translation>Не удалось выдать предложение: {error}</translation>
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
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/backoffice/programme/preview.py" line="+52"/>
        <source>Preview: a sample check</source>
        <translation>Предпросмотр: пример чека</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>lines with categories</source>
        <translation>строки с категориями</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check total</source>
        <translation>Сумма чека</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+61"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Spendable points</source>
        <translation>Доступно баллов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as many as allowed</source>
        <translation>сколько можно</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Points to redeem</source>
        <translation>Списать баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day and hour</source>
        <translation>День и время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last purchase, days ago</source>
        <translation>Последняя покупка, дней назад</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>club member</source>
        <translation>член клуба</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>birthday today</source>
        <translation>сегодня день рождения</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Promotions</source>
        <translation>Акции</translation>
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
        <location line="+72"/>
        <source>In force: version {n}</source>
        <translation>Действует: версия {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited: would be version {n}</source>
        <translation>Изменённая: станет версией {n}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Fix the problems in the programme to see its figures.</source>
        <translation>Исправьте ошибки в программе, чтобы увидеть её расчёт.</translation>
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
    <name>ProgrammeFields</name>
    <message>
        <location filename="../../ui/backoffice/programme/fields.py" line="+29"/>
        <source>At most 2 decimal places: amounts are to the kopeck.</source>
        <translation>Не больше 2 знаков после запятой: суммы — с точностью до копейки.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not an amount: type it like 1234.50.</source>
        <translation>Это не сумма: введите, например, 1234.50.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a percentage: type it like 5 or 2.5.</source>
        <translation>Это не процент: введите, например, 5 или 2.5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Must be between 0 and 100.</source>
        <translation>Должно быть от 0 до 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each tier must start above the tier before it.</source>
        <translation>Каждый уровень должен начинаться выше предыдущего.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first tier starts at 0.</source>
        <translation>Первый уровень начинается с 0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another tier has this name.</source>
        <translation>Уровень с таким названием уже есть.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give it a name.</source>
        <translation>Укажите название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it a code.</source>
        <translation>Укажите код.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day is before the first day.</source>
        <translation>Последний день раньше первого.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hours must end after they start.</source>
        <translation>Часы должны заканчиваться позже, чем начинаются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another promotion has this code.</source>
        <translation>Акция с таким кодом уже есть.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no tier with this name.</source>
        <translation>Уровня с таким названием нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be more than 0.00.</source>
        <translation>Должно быть больше 0.00.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 1 point.</source>
        <translation>Не меньше 1 балла.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than 0 (2 doubles the points).</source>
        <translation>Больше 0 (2 удваивает баллы).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than 0 and at most 100.</source>
        <translation>Больше 0 и не больше 100.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>At least 1 day.</source>
        <translation>Не меньше 1 дня.</translation>
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
    <name>ProgrammePanel</name>
    <message>
        <location filename="../../ui/backoffice/programme/panel.py" line="+75"/>
        <source>Tiers</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentages and caps</source>
        <translation>Проценты и ограничения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry and activation</source>
        <translation>Сгорание и активация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonuses</source>
        <translation>Бонусы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club membership</source>
        <translation>Клубное членство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotions</source>
        <translation>Акции</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading the programme…</source>
        <translation>Загружаем программу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as a new version</source>
        <translation>Сохранить как новую версию</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Personal offers</source>
        <translation>Персональные предложения</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Saving…</source>
        <translation>Сохраняем…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the problems marked in red to save.</source>
        <translation>Исправьте ошибки, отмеченные красным, чтобы сохранить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {n} is in force. No changes to save.</source>
        <translation>Действует версия {n}. Изменений нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to save as version {next}.</source>
        <translation>Можно сохранить как версию {next}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Version {n} saved: new sales use it.</source>
        <translation>Версия {n} сохранена: новые продажи считаются по ней.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The programme could not be read.</source>
        <translation>Не удалось прочитать программу.</translation>
    </message>
</context>
<context>
    <name>PromotionForm</name>
    <message>
        <location filename="../../ui/backoffice/programme/promotion_form.py" line="+29"/>
        <source>everyone</source>
        <translation>все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>members of a tier</source>
        <translation>покупатели одного уровня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>members with no purchase for some days</source>
        <translation>покупатели без покупок несколько дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>members in their birthday window</source>
        <translation>покупатели в окне дня рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one member (a personal offer)</source>
        <translation>один покупатель (персональное предложение)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>multiply the points earned</source>
        <translation>умножить начисленные баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an extra discount</source>
        <translation>дополнительная скидка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bonus points for a check from an amount</source>
        <translation>бонусные баллы за чек от суммы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>only from</source>
        <translation>только с</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>good for one purchase only</source>
        <translation>только на одну покупку</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (shown to the cashier)</source>
        <translation>Название (видит кассир)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until (included)</source>
        <translation>По (включительно)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On (none: every day)</source>
        <translation>По дням (ни одного: каждый день)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours (to excluded)</source>
        <translation>Часы (до — не включая)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No purchase for, days</source>
        <translation>Без покупок, дней</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effect</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points multiplied by</source>
        <translation>Баллы умножаются на</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra discount, %</source>
        <translation>Дополнительная скидка, %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonus, points</source>
        <translation>Бонус, баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For checks from</source>
        <translation>За чек от</translation>
    </message>
</context>
<context>
    <name>PromotionsSection</name>
    <message>
        <location filename="../../ui/backoffice/programme/promotions.py" line="+39"/>
        <source>Add a promotion</source>
        <translation>Добавить акцию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove it</source>
        <translation>Удалить её</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Promotion {n} ({name}): {problem}</source>
        <translation>Акция {n} ({name}): {problem}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New promotion</source>
        <translation>Новая акция</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <location filename="../../ui/checkout/quote_panel.py" line="+75"/>
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
        <location filename="../../ui/checkout/search_box.py" line="+50"/>
        <source>Card number, phone or name</source>
        <translation>Номер карты, телефон или имя</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>↑ ↓ to choose, Enter to take</source>
        <translation>↑ ↓ — выбор, Enter — взять</translation>
    </message>
    <message>
        <location line="+3"/>
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
<context>
    <name>TiersSection</name>
    <message>
        <location filename="../../ui/backoffice/programme/tiers.py" line="+34"/>
        <source>Add a tier</source>
        <translation>Добавить уровень</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Members reach a tier by what they paid over the tier window. The first tier starts at 0; each next one needs more spend.</source>
        <translation>Покупатель получает уровень по сумме оплаченных покупок за период уровня. Первый уровень начинается с 0; каждый следующий требует большей суммы.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From spend</source>
        <translation>От суммы покупок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points, %</source>
        <translation>Баллы, %</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
</TS>
