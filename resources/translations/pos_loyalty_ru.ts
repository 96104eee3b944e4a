<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AddStaffForm</name>
    <message>
        <location filename="../../ui/backoffice/staff/forms.py" line="+46"/>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>PIN-код ещё раз</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the new staff member&apos;s name.</source>
        <translation>Введите имя нового сотрудника.</translation>
    </message>
</context>
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
        <location filename="../../ui/app.py" line="+113"/>
        <source>Demo accounts: %1</source>
        <translation>Демо-учётные записи: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The till API did not start: %1</source>
        <translation>API для кассы не запустился: %1</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../ui/backoffice/audit/panel.py" line="+59"/>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer</source>
        <translation>Новее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older</source>
        <translation>Старше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to CSV…</source>
        <translation>Выгрузить в CSV…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>page {page} of {pages}, records: {total}</source>
        <translation>страница {page} из {pages}, записей: {total}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The log is intact (1 record).</source>
        <translation>Журнал не изменён (1 запись).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The log is intact (%n records).</source>
        <translation>
            <numerusform>Журнал не изменён (%n запись).</numerusform>
            <numerusform>Журнал не изменён (%n записи).</numerusform>
            <numerusform>Журнал не изменён (%n записей).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Balances and points of %n members match the ledger.</source>
        <translation>
            <numerusform>Баланс и баллы %n покупателя сходятся с журналом баллов.</numerusform>
            <numerusform>Балансы и баллы %n покупателей сходятся с журналом баллов.</numerusform>
            <numerusform>Балансы и баллы %n покупателей сходятся с журналом баллов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log was tampered with:</source>
        <translation>Журнал изменён задним числом:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not compared with a central server: this terminal is not enrolled.</source>
        <translation>Не сверено с центральным сервером: терминал не подключён к нему.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 record written to {path}.</source>
        <translation>1 запись записана в {path}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n records written to {path}.</source>
        <translation>
            <numerusform>%n запись записана в {path}.</numerusform>
            <numerusform>%n записи записаны в {path}.</numerusform>
            <numerusform>%n записей записано в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the audit log</source>
        <translation>Выгрузка журнала действий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not done: {error}</source>
        <translation>Не выполнено: {error}</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <location filename="../../ui/backoffice/audit/table.py" line="+25"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Подтвердил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <location filename="../../ui/backoffice/audit/texts.py" line="+17"/>
        <source>Points adjusted</source>
        <translation>Баллы скорректированы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus given</source>
        <translation>Начислен бонус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card blocked</source>
        <translation>Карта заблокирована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card replaced</source>
        <translation>Карта заменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to offers given</source>
        <translation>Дано согласие на рассылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to offers withdrawn</source>
        <translation>Согласие на рассылки отозвано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members imported</source>
        <translation>Покупатели импортированы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data erased</source>
        <translation>Персональные данные удалены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members merged</source>
        <translation>Покупатели объединены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club membership renewed</source>
        <translation>Продлено клубное членство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club membership sold</source>
        <translation>Продано клубное членство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal offer given</source>
        <translation>Персональное предложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme saved as a new version</source>
        <translation>Программа сохранена новой версией</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redemption cap overridden</source>
        <translation>Превышен лимит списания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting changed</source>
        <translation>Изменена настройка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff account added</source>
        <translation>Добавлен сотрудник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff account deactivated</source>
        <translation>Сотрудник отключён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff account locked after wrong PINs</source>
        <translation>Сотрудник заблокирован после неверных PIN-кодов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log keyed anew (the terminal enrolled again)</source>
        <translation>Журнал получил новый ключ (касса зарегистрирована заново)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staff PIN reset</source>
        <translation>PIN-код сотрудника сброшен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff account reactivated</source>
        <translation>Сотрудник снова включён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff role changed</source>
        <translation>Изменена роль сотрудника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff lockout released</source>
        <translation>Блокировка сотрудника снята</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale voided</source>
        <translation>Продажа аннулирована</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Record {seq} was deleted (record {found} stands in its place).</source>
        <translation>Запись {seq} удалена (на её месте запись {found}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record {seq} does not follow the record before it.</source>
        <translation>Запись {seq} не следует за предыдущей записью.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record {seq} was altered after it was written.</source>
        <translation>Запись {seq} изменена после того, как была сделана.</translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <location filename="../../ui/backoffice/panels.py" line="+16"/>
        <source>Members</source>
        <translation>Покупатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards</source>
        <translation>Карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import and export</source>
        <translation>Импорт и экспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Журнал действий</translation>
    </message>
</context>
<context>
    <name>BackOfficeWindow</name>
    <message>
        <location filename="../../ui/backoffice/window.py" line="+79"/>
        <source>POS Loyalty back office: %1</source>
        <translation>Бэк-офис POS Loyalty: %1</translation>
    </message>
</context>
<context>
    <name>BackOfficeWords</name>
    <message>
        <location filename="../../pos_loyalty/domain/ledger_words.py" line="+20"/>
        <source>Earned</source>
        <translation>Начисление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeemed</source>
        <translation>Списание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Сгорание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted</source>
        <translation>Корректировка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus</source>
        <translation>Бонус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>Перенос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward</source>
        <translation>Награда</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for a purchase</source>
        <translation>за покупку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid for a purchase</source>
        <translation>оплата покупки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the points&apos; time ran out</source>
        <translation>истёк срок баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund: the points earned are taken back</source>
        <translation>возврат: начисленные баллы списаны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refund: the points spent are given back</source>
        <translation>возврат: потраченные баллы возвращены</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>welcome bonus</source>
        <translation>приветственный бонус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birthday bonus</source>
        <translation>бонус ко дню рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for bringing a friend</source>
        <translation>за приглашённого друга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review of the store</source>
        <translation>отзыв о магазине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promotion</source>
        <translation>акция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>challenge completed</source>
        <translation>задание выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given by hand</source>
        <translation>начислено вручную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening balance</source>
        <translation>начальный остаток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>making up for a complaint</source>
        <translation>компенсация по жалобе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correction</source>
        <translation>исправление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reward taken for points</source>
        <translation>награда за баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reward taken for points offline (the terminal&apos;s share)</source>
        <translation>награда за баллы без связи с сервером (доля кассы)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refund: the reward&apos;s points are given back</source>
        <translation>возврат: баллы за награду возвращены</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>card {old} replaced by card {new}</source>
        <translation>карта {old} заменена картой {new}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>debt of {other}</source>
        <translation>долг {other}</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/words.py" line="+22"/>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked</source>
        <translation>заблокирована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced</source>
        <translation>заменена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bonus card</source>
        <translation>бонусная карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discount card</source>
        <translation>дисконтная карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>club card</source>
        <translation>клубная карта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sale {id}</source>
        <translation>Продажа {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund {id}</source>
        <translation>Возврат {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger entry {id}</source>
        <translation>Операция с баллами {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Member {id}</source>
        <translation>Покупатель {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept member {id}</source>
        <translation>Оставлен покупатель {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged member {id}</source>
        <translation>Объединён покупатель {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account {id}</source>
        <translation>Учётная запись {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import {id}</source>
        <translation>Загрузка {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points</source>
        <translation>баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>card</source>
        <translation>карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>old card</source>
        <translation>старая карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new card</source>
        <translation>новая карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting</source>
        <translation>настройка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before</source>
        <translation>было</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after</source>
        <translation>стало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>members</source>
        <translation>покупатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cards</source>
        <translation>карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offer</source>
        <translation>предложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spend</source>
        <translation>сумма покупок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redeemed</source>
        <translation>списано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at</source>
        <translation>время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days without a visit</source>
        <translation>дней без покупок</translation>
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
    <name>CardBox</name>
    <message>
        <location filename="../../ui/backoffice/cards/card_box.py" line="+56"/>
        <source>A card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scan the card or type its 13 digits</source>
        <translation>Отсканируйте карту или введите её 13 цифр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lost</source>
        <translation>утеряна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stolen</source>
        <translation>украдена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>damaged</source>
        <translation>повреждена</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>Block the card</source>
        <translation>Заблокировать карту</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Scan the new pre-printed card, or leave empty for a new number</source>
        <translation>Отсканируйте новую заранее напечатанную карту или оставьте пустым для нового номера</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Replace the card</source>
        <translation>Заменить карту</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Card number</source>
        <translation>Номер карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block, because</source>
        <translation>Заблокировать, причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New card</source>
        <translation>Новая карта</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Say why the card is blocked: lost, stolen…</source>
        <translation>Укажите, почему карта блокируется: утеряна, украдена…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block card {number} ({reason})? It will allow nothing at the counter any more.</source>
        <translation>Заблокировать карту {number} ({reason})? На кассе с ней больше ничего нельзя будет сделать.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Move the holder of card {old} and their balance to a new card number? Card {old} will then only say which card holds the balance.</source>
        <translation>Перевести владельца карты {old} и его баланс на новый номер карты? Карта {old} после этого будет только сообщать, на какой карте баланс.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move the holder of card {old} and their balance to card {new}? Card {old} will then only say which card holds the balance.</source>
        <translation>Перевести владельца карты {old} и его баланс на карту {new}? Карта {old} после этого будет только сообщать, на какой карте баланс.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Card {number} is blocked ({reason}).</source>
        <translation>Карта {number} заблокирована ({reason}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Card {old} is replaced by card {new}, which holds the balance of {points} points now.</source>
        <translation>Карта {old} заменена картой {new}; баланс теперь на ней (баллов: {points}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No card found yet.</source>
        <translation>Карта ещё не найдена.</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../../ui/backoffice/cards/card_view.py" line="+16"/>
        <source>lost</source>
        <translation>утеряна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked ({reason}): it allows nothing at the counter.</source>
        <translation>Заблокирована ({reason}): на кассе с ней ничего нельзя сделать.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replaced by card {new}: the balance is on that card now.</source>
        <translation>Заменена картой {new}: баланс теперь на той карте.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active, not handed out yet: it is bound to a member at registration.</source>
        <translation>Активна, ещё не выдана: привязывается к покупателю при регистрации.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active.</source>
        <translation>Активна.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody holds this card.</source>
        <translation>Карта никому не принадлежит.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}, phone {phone}.</source>
        <translation>{name}, телефон {phone}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance: {points} points.</source>
        <translation>Баланс, баллов: {points}.</translation>
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
    <name>ChallengeForm</name>
    <message>
        <location filename="../../ui/backoffice/programme/challenge_form.py" line="+20"/>
        <source>a number of purchases within a period</source>
        <translation>число покупок за период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amount spent in a category</source>
        <translation>сумма покупок в категории</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (shown to the customer)</source>
        <translation>Название (его видит покупатель)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Цель</translation>
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
        <location line="+1"/>
        <source>Purchases</source>
        <translation>Покупок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each of at least</source>
        <translation>Каждая не меньше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within, days</source>
        <translation>За, дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend</source>
        <translation>Потратить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus, points</source>
        <translation>Бонус, баллов</translation>
    </message>
</context>
<context>
    <name>Challenges</name>
    <message numerus="yes">
        <location filename="../../pos_loyalty/domain/challenge_words.py" line="+48"/>
        <source>{name}: completed, +%n point(s)</source>
        <translation>
            <numerusform>{name}: выполнено, +%n балл</numerusform>
            <numerusform>{name}: выполнено, +%n балла</numerusform>
            <numerusform>{name}: выполнено, +%n баллов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{done} of %n purchase(s)</source>
        <translation>
            <numerusform>{done} из %n покупки</numerusform>
            <numerusform>{done} из %n покупок</numerusform>
            <numerusform>{done} из %n покупок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} of {target} in {category}</source>
        <translation>{done} из {target} в категории «{category}»</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChallengesSection</name>
    <message>
        <location filename="../../ui/backoffice/programme/challenges.py" line="+33"/>
        <source>Add a challenge</source>
        <translation>Добавить задание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove it</source>
        <translation>Удалить его</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A challenge gives bonus points once a period to the member who reaches its goal: a number of purchases within each period of so many days, or an amount spent in a category between two dates.</source>
        <translation>Задание даёт бонусные баллы раз за период участнику, который достиг цели: сделал столько-то покупок за каждый период в столько-то дней или потратил сумму в категории между двумя датами.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Challenge {n} ({name}): {problem}</source>
        <translation>Задание {n} ({name}): {problem}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New challenge</source>
        <translation>Новое задание</translation>
    </message>
</context>
<context>
    <name>CheckoutSession</name>
    <message>
        <location filename="../../ui/checkout/session.py" line="+282"/>
        <source>The sale is being recorded: wait a moment.</source>
        <translation>Продажа записывается: подождите немного.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The till confirms this check, not the counter (Esc stops showing it).</source>
        <translation>Этот чек подтверждает касса, а не этот экран (Esc — перестать его показывать).</translation>
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
        <location line="+62"/>
        <source>There is no slip to reprint yet.</source>
        <translation>Пока нет слипа для повторной печати.</translation>
    </message>
</context>
<context>
    <name>CheckoutWindow</name>
    <message>
        <location filename="../../ui/checkout/shift.py" line="+112"/>
        <location filename="../../ui/checkout/window.py" line="+83"/>
        <location line="+75"/>
        <source>POS Loyalty: %1</source>
        <translation>POS Loyalty: %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkout/window.py" line="-53"/>
        <source>Scan a card, or type a phone number or a name.</source>
        <translation>Отсканируйте карту или введите телефон либо имя.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+44"/>
        <source>Demo devices</source>
        <translation>Демо-устройства</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Next customer: scan a card.</source>
        <translation>Следующий покупатель: отсканируйте карту.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Card not accepted: %1</source>
        <translation>Карта не принята: %1</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+6"/>
        <source>Slip printed (%1)</source>
        <translation>Слип напечатан (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sale is saved, but the slip was NOT printed: %1 Fix the printer, then press F10 to reprint.</source>
        <translation>Продажа сохранена, но слип НЕ напечатан: %1 Исправьте принтер и нажмите F10 для повторной печати.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer display: %1</source>
        <translation>Дисплей покупателя: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not approved: a manager&apos;s PIN is needed.</source>
        <translation>Не подтверждено: нужен PIN менеджера.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open the settings</source>
        <translation>открыть настройки</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>open the back office</source>
        <translation>открыть бэк-офис</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <location filename="../../ui/reports/controls.py" line="+57"/>
        <source>All terminals</source>
        <translation>Все кассы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the report</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Chain (server)</source>
        <translation>Сеть (сервер)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain: {store}</source>
        <translation>Сеть: {store}</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../ui/core_messages.py" line="+34"/>
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
        <location line="+5"/>
        <source>Line noise &apos;{read}&apos; from the scanner was ignored: if the card was not read, scan it again.</source>
        <translation>Помехи «{read}» от сканера пропущены: если карта не считалась, отсканируйте её ещё раз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{read}&apos; is a {symbology} barcode, not a loyalty card: scan the card&apos;s EAN-13 barcode.</source>
        <translation>«{read}» — штрихкод {symbology}, а не карта лояльности: отсканируйте штрихкод EAN-13 на карте.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>The customer has not consented to the use of personal data: ask first, then tick the box.</source>
        <translation>Покупатель не дал согласия на обработку персональных данных: спросите его, затем отметьте галочку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This member&apos;s personal data was erased: there is no one to send offers to.</source>
        <translation>Персональные данные этого участника удалены: предложения отправлять некому.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This member was merged into another: record the consent on the member who holds the cards now.</source>
        <translation>Этот участник объединён с другим: отметьте согласие у участника, которому теперь принадлежат карты.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no segment &apos;{name}&apos;: choose champions, loyal, potential, new, at-risk, cant-lose, hibernating or lost.</source>
        <translation>Сегмента «{name}» нет: выберите champions, loyal, potential, new, at-risk, cant-lose, hibernating или lost.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name is empty: type at least a first name.</source>
        <translation>Имя не заполнено: введите хотя бы имя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{text}&apos; is not a phone number: type it like +7 912 345-67-89.</source>
        <translation>«{text}» — не номер телефона: введите его в виде +7 912 345-67-89.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This phone already belongs to a member: find them by phone (F2) instead.</source>
        <translation>Этот телефон уже есть у участника программы: найдите его по телефону (F2).</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>The sale was made on another terminal: make a refund instead of a void.</source>
        <translation>Продажа сделана на другой кассе: оформите возврат вместо аннулирования.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another sale was made on this terminal since: make a refund instead of a void.</source>
        <translation>После неё на этой кассе уже была другая продажа: оформите возврат вместо аннулирования.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>A reservation of {points} points: reserve a positive number of points, or record the sale without redeeming.</source>
        <translation>Резерв {points} баллов: зарезервируйте положительное число баллов или проведите продажу без списания.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A reservation of {points} points is more than any member holds: check that a card number was not typed as points.</source>
        <translation>Резерв {points} баллов больше, чем бывает у покупателя: проверьте, не введён ли номер карты вместо баллов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The refunds of this sale would give back {given}, more than the share of the goods returned allows ({allowed}): check the refund.</source>
        <translation>Возвраты по этой продаже вернули бы {given}, больше доли возвращённого товара ({allowed}): проверьте возврат.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check has no id: send the till&apos;s check id.</source>
        <translation>У чека нет номера: передайте номер чека кассы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check {check} is already {state}: give a changed check a new id at the till.</source>
        <translation>Чек {check} уже в состоянии «{state}»: дайте изменённому чеку новый номер на кассе.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No check {check} was calculated: calculate it first.</source>
        <translation>Чек {check} не рассчитывался: сначала рассчитайте его.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The figures of the check {check} have changed since it was calculated: calculate it again and show the customer the new figures.</source>
        <translation>Суммы чека {check} изменились после расчёта: рассчитайте его заново и покажите покупателю новые суммы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The till sent the check {check} again meanwhile: choose the card and the points again.</source>
        <translation>Касса тем временем прислала чек {check} заново: выберите карту и баллы ещё раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check {check} was sold: refund its lines instead of cancelling.</source>
        <translation>Чек {check} уже продан: оформите возврат строк вместо отмены.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check {check} was not sold: there is nothing to refund.</source>
        <translation>Чек {check} не был продан: возвращать нечего.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No lines to refund: name the lines returned.</source>
        <translation>Нет строк для возврата: укажите возвращаемые строки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give each returned line once, numbered from 1.</source>
        <translation>Укажите каждую возвращаемую строку один раз, нумерация с 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some of these lines of the check {check} were already refunded.</source>
        <translation>Часть этих строк чека {check} уже возвращена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line}: &apos;{quantity}&apos; is not a quantity to return: give a number above 0, such as 2 or 0.350.</source>
        <translation>Строка {line}: «{quantity}» — не количество для возврата: укажите число больше 0, например 2 или 0.350.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line {line} has the quantity &apos;{quantity}&apos;, which is not a number: return the whole line.</source>
        <translation>У строки {line} количество «{quantity}» — не число: верните всю строку целиком.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line {line}: {asked} cannot come back, only {remaining} is left to refund.</source>
        <translation>Строка {line}: нельзя вернуть {asked}, для возврата осталось только {remaining}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The discount and the points do not fit on the lines that may take them: quote the check again.</source>
        <translation>Скидка и баллы не помещаются на строки, к которым их можно применить: рассчитайте чек заново.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The store&apos;s name is empty: type the name printed on slips.</source>
        <translation>Название магазина пустое: введите название, которое печатается на слипах.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The slip has {count} header lines, at most {limit} fit: join or drop some.</source>
        <translation>На слипе {count} строк заголовка, помещается не больше {limit}: объедините или уберите лишние.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text is {length} characters long, at most {limit} fit: shorten it.</source>
        <translation>Текст длиной {length} симв., помещается не больше {limit}: сократите его.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} looks like a card number, not an amount: scan the card into the card field and type the check&apos;s total.</source>
        <translation>{amount} похоже на номер карты, а не на сумму: отсканируйте карту в поле карты и введите сумму чека.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A check of {amount} is above the maximum of {maximum}: check the amount typed.</source>
        <translation>Чек на {amount} больше максимума {maximum}: проверьте введённую сумму.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A check of {amount} is above {threshold}: confirm the large amount to record it.</source>
        <translation>Чек на {amount} больше {threshold}: подтвердите крупную сумму, чтобы записать его.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A spend of {amount} is above {maximum}: check the amount.</source>
        <translation>Сумма покупок {amount} больше {maximum}: проверьте сумму.</translation>
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
        <location line="+3"/>
        <source>A manager&apos;s PIN is 6 to 8 digits.</source>
        <translation>PIN-код менеджера — от 6 до 8 цифр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a signed-in, active staff member can do this: sign in with your PIN.</source>
        <translation>Это может сделать только вошедший в систему действующий сотрудник: войдите со своим PIN-кодом.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a manager can do this ({action}): ask a manager to approve.</source>
        <translation>Это ({action}) может сделать только менеджер: попросите менеджера подтвердить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Above the limit this ({action}) must be done by a manager and approved by a second manager.</source>
        <translation>Сверх лимита это ({action}) должен делать менеджер, а подтверждать — второй менеджер.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This ({action}) needs the approval of a manager other than the person doing it: ask a second manager.</source>
        <translation>Для этого ({action}) нужно подтверждение другого менеджера, не того, кто это делает: попросите второго менеджера.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not an active manager: ask a manager to approve.</source>
        <translation>{name} — не действующий менеджер: попросите менеджера подтвердить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody can approve their own action: ask a second manager.</source>
        <translation>Никто не может подтверждать собственное действие: попросите второго менеджера.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The approval must come from a staff account of this store: ask a manager.</source>
        <translation>Подтверждение должно исходить от сотрудника этого магазина: попросите менеджера.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A refund of {amount} is above the limit of {threshold}: a manager must approve.</source>
        <translation>Возврат на {amount} больше лимита {threshold}: нужно подтверждение менеджера.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An approval limit is 0 or more.</source>
        <translation>Лимит подтверждения — 0 или больше.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme sells no club membership: a manager sets its fee and period in the back office first (Programme, Club membership).</source>
        <translation>Программа не продаёт клубное членство: менеджер сначала задаёт стоимость и срок в бэк-офисе (Программа, Клубное членство).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The member is in the club until {until}: renew the membership instead of selling a new one.</source>
        <translation>Участник в клубе до {until}: продлите членство, а не продавайте новое.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A membership is refunded in full only: refund {fee}.</source>
        <translation>Членство возвращается только полностью: верните {fee}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The membership could be refunded until {last_day}; now it runs to its end: ask a manager for a goodwill adjustment instead.</source>
        <translation>Членство можно было вернуть до {last_day}; теперь оно действует до конца срока: попросите менеджера о компенсации баллами.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The membership was renewed or changed after this sale: refund the latest membership sale first.</source>
        <translation>После этой продажи членство продлевали или меняли: сначала верните последнюю продажу членства.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no reward &apos;{reward}&apos; in the programme: choose one from the list.</source>
        <translation>В программе нет награды «{reward}»: выберите награду из списка.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reward &apos;{reward}&apos; is offered from {first_day}: not yet.</source>
        <translation>Награда «{reward}» выдаётся с {first_day}: ещё рано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reward &apos;{reward}&apos; was offered until {last_day}: it is over.</source>
        <translation>Награда «{reward}» выдавалась до {last_day}: срок вышел.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the reward &apos;{reward}&apos; is left: offer the customer another one.</source>
        <translation>Награды «{reward}» больше нет: предложите покупателю другую.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reward &apos;{reward}&apos; costs {points} points; the member can spend {spendable}.</source>
        <translation>Награда «{reward}» стоит баллов: {points}; участник может списать: {spendable}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not answer, and offline the caps allow {allowed} points now: the reward &apos;{reward}&apos; costs {points}.</source>
        <translation>Сервер не отвечает, а без связи лимиты разрешают списать сейчас баллов: {allowed}; награда «{reward}» стоит {points}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not answer, and this counter already gave its share of the reward &apos;{reward}&apos; ({share}): give it once the server answers again.</source>
        <translation>Сервер не отвечает, а эта касса уже выдала свою долю награды «{reward}» ({share}): выдайте её, когда сервер снова ответит.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not hold the reward &apos;{reward}&apos;: try again.</source>
        <translation>Сервер не зарезервировал награду «{reward}»: попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reward was given with the entry {entry}: check it in the history.</source>
        <translation>Записью {entry} награда не выдавалась: проверьте её в истории.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This reward was already refunded: its points are back.</source>
        <translation>Эта награда уже возвращена: её баллы начислены обратно.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lost</source>
        <translation>утеряна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a refund</source>
        <translation>возврат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redeeming over the cap</source>
        <translation>списание сверх лимита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a points adjustment</source>
        <translation>корректировка баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bonus</source>
        <translation>бонус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a programme change</source>
        <translation>изменение программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a change to staff accounts</source>
        <translation>изменение учётных записей сотрудников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erasing a member&apos;s data</source>
        <translation>удаление данных покупателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a change of settings</source>
        <translation>изменение настроек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raising an approval limit</source>
        <translation>повышение лимита подтверждения</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../ui/checkout/corrections.py" line="+96"/>
        <source>Scan the member&apos;s card first.</source>
        <translation>Сначала отсканируйте карту покупателя.</translation>
    </message>
</context>
<context>
    <name>CorrectionsOnCounter</name>
    <message>
        <location filename="../../ui/checkout/corrections_on_counter.py" line="+44"/>
        <source>Scan the member&apos;s card first.</source>
        <translation>Сначала отсканируйте карту покупателя.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Refund recorded: money back %1, points taken back %2, given back %3.</source>
        <translation>Возврат оформлен: вернуть деньгами %1, баллов списано %2, возвращено %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The balance is NEGATIVE: earned points were already spent.</source>
        <translation>Баланс ОТРИЦАТЕЛЬНЫЙ: начисленные баллы уже потрачены.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points adjusted.</source>
        <translation>Баллы скорректированы.</translation>
    </message>
</context>
<context>
    <name>CounterDevices</name>
    <message>
        <location filename="../../ui/checkout/counter_devices.py" line="+161"/>
        <source>simulated printer</source>
        <translation>имитация принтера</translation>
    </message>
</context>
<context>
    <name>CounterKeys</name>
    <message>
        <location filename="../../ui/checkout/counter_keys.py" line="+51"/>
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
        <source>Void</source>
        <translation>Аннулировать</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>New member</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club membership</source>
        <translation>Клубное членство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rewards</source>
        <translation>Награды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>CounterShell</name>
    <message>
        <location filename="../../ui/counter_shell.py" line="+51"/>
        <source>Opening the store…</source>
        <translation>Открываем магазин…</translation>
    </message>
</context>
<context>
    <name>CounterTab</name>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="+96"/>
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
        <location filename="../../ui/checkout/demo_panel.py" line="+76"/>
        <source>Simulate a scan</source>
        <translation>Имитировать сканирование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>Сканировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer switched off</source>
        <translation>Принтер выключен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer display</source>
        <translation>Дисплей покупателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last slip</source>
        <translation>Последний слип</translation>
    </message>
</context>
<context>
    <name>DeviceFields</name>
    <message>
        <location filename="../../ui/dialogs/device_fields.py" line="+85"/>
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
        <source>Slowest scanner, average ms per key</source>
        <translation>Самый медленный сканер, мс на клавишу в среднем</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortest scan, characters</source>
        <translation>Наименьшая длина скана, символов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore an Enter right after a scan, ms</source>
        <translation>Не принимать Enter сразу после скана, мс</translation>
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
        <location filename="../../ui/checkout/status_bar.py" line="+84"/>
        <source>Scanner: starting…</source>
        <translation>Сканер: запуск…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer: not used yet</source>
        <translation>Принтер: ещё не использовался</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync: not configured</source>
        <translation>Синхронизация: не настроена</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="-13"/>
        <source>Scanner: reconnected. Scan the card again.</source>
        <translation>Сканер: переподключён. Отсканируйте карту ещё раз.</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+10"/>
        <source>Sync: server unreachable, %1 waiting. Sales go on; it retries.</source>
        <translation>Синхронизация: сервер недоступен, ждут отправки: %1. Продажи идут, повтор автоматически.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync: sending, %1 waiting</source>
        <translation>Синхронизация: отправка, ждут: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync: %1 messages set aside (refused by the server). A manager reads them: pos-loyalty sync set-aside</source>
        <translation>Синхронизация: отложено сообщений: %1 (сервер их не принял). Менеджер смотрит их командой pos-loyalty sync set-aside</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync: up to date (%1)</source>
        <translation>Синхронизация: всё отправлено (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync: stopped</source>
        <translation>Синхронизация: остановлена</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printer: none set up (F12 Settings)</source>
        <translation>Принтер: не настроен (F12 — настройки)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Redemption online: points reserved at the server</source>
        <translation>Списание онлайн: баллы зарезервированы на сервере</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redemption offline: cap %1 points</source>
        <translation>Списание офлайн: не более %1 баллов</translation>
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
        <location filename="../../ui/dialogs/settings_devices.py" line="+102"/>
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
        <location line="+11"/>
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
    <name>ExportBox</name>
    <message>
        <location filename="../../ui/backoffice/transfer/export_box.py" line="+37"/>
        <source>Export to CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the members…</source>
        <translation>Выгрузить покупателей…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the ledger…</source>
        <translation>Выгрузить журнал баллов…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members</source>
        <translation>Покупатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger, days from</source>
        <translation>Журнал баллов, дни с</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the members</source>
        <translation>Выгрузить покупателей</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the ledger</source>
        <translation>Выгрузить журнал баллов</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The first day comes after the last one: swap them.</source>
        <translation>Первый день позже последнего: поменяйте их местами.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the file…</source>
        <translation>Запись файла…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s) written to {path}.</source>
        <translation>
            <numerusform>%n строка записана в {path}.</numerusform>
            <numerusform>%n строки записаны в {path}.</numerusform>
            <numerusform>%n строк записано в {path}.</numerusform>
        </translation>
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
        <location filename="../../ui/checkout/history_panel.py" line="+66"/>
        <source>Recent sales</source>
        <translation>Последние продажи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void</source>
        <translation>Аннулировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint</source>
        <translation>Повторная печать</translation>
    </message>
    <message>
        <location line="-4"/>
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
    <name>ImportBox</name>
    <message>
        <location filename="../../ui/backoffice/transfer/import_box.py" line="+42"/>
        <source>Import members from a CSV file</source>
        <translation>Импорт покупателей из файла CSV</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The member file (.csv, UTF-8)</source>
        <translation>Файл покупателей (.csv, UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check (dry run)</source>
        <translation>Проверить (без записи)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The member file</source>
        <translation>Файл покупателей</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the member file first.</source>
        <translation>Сначала выберите файл покупателей.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is good: {summary} Nothing was written yet.</source>
        <translation>Файл в порядке: {summary} Пока ничего не записано.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported: {summary}</source>
        <translation>Импортировано: {summary}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>members: {members}, cards: {cards} (new numbers: {new}), points: {points}, qualifying spend: {spend}.</source>
        <translation>покупателей: {members}, карт: {cards} (новых номеров: {new}), баллов: {points}, учитываемых покупок: {spend}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was imported: {bad} of {rows} rows have problems. Fix the rows listed below in the file and import it again.</source>
        <translation>Ничего не импортировано: строк с ошибками — {bad} из {rows}. Исправьте в файле строки, перечисленные ниже, и импортируйте его снова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{bad} of {rows} rows have problems. Fix the rows listed below in the file and check it again.</source>
        <translation>Строк с ошибками — {bad} из {rows}. Исправьте в файле строки, перечисленные ниже, и проверьте его снова.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../../ui/checkout/lines_table.py" line="+29"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Line {line}: {problem}</source>
        <translation>Строка {line}: {problem}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/checkout/shift.py" line="-69"/>
        <source>The counter is locked</source>
        <translation>Касса заблокирована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The counter is locked. Sign in with your PIN to work at it.</source>
        <translation>Касса заблокирована. Войдите со своим PIN-кодом, чтобы работать на ней.</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="+136"/>
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
        <source>PIN (6 to 8 digits)</source>
        <translation>PIN-код (от 6 до 8 цифр)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A manager&apos;s PIN is 6 to 8 digits.</source>
        <translation>PIN-код менеджера — от 6 до 8 цифр.</translation>
    </message>
    <message>
        <location line="-20"/>
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
        <location line="+7"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>PIN-коды не совпадают: введите один и тот же PIN дважды.</translation>
    </message>
</context>
<context>
    <name>ManagerPin</name>
    <message>
        <location filename="../../ui/dialogs/manager_pin.py" line="+204"/>
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
        <location line="-113"/>
        <source>Manager&apos;s approval</source>
        <translation>Подтверждение менеджера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A manager&apos;s name and PIN are needed to {reason}.</source>
        <translation>Чтобы {reason}, нужны имя и PIN-код менеджера.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the manager&apos;s name.</source>
        <translation>Выберите имя менеджера.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the manager&apos;s PIN.</source>
        <translation>Введите PIN-код менеджера.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <location filename="../../ui/backoffice/members/actions.py" line="+107"/>
        <source>Registered {name} with card {card}; welcome bonus {points} points.</source>
        <translation>Зарегистрирован(а) {name}, карта {card}; приветственный бонус {points} баллов.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saved {name}.</source>
        <translation>Сохранено: {name}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Merged: {cards} card(s) and {points} points moved to {name}.</source>
        <translation>Объединено: карт перенесено {cards}, баллов {points}, к покупателю {name}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Erase personal data</source>
        <translation>Удалить персональные данные</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase the name, phone, e-mail and birthday of {name}? Their points history stays under an anonymous id. This cannot be undone.</source>
        <translation>Удалить имя, телефон, e-mail и дату рождения покупателя {name}? История баллов останется под анонимным номером. Отменить это нельзя.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was erased.</source>
        <translation>Ничего не удалено.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Personal data erased; the points stay.</source>
        <translation>Персональные данные удалены; баллы остались.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>approve {points} points for {name}</source>
        <translation>подтвердить {points} баллов для покупателя {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No second manager approved it: nothing was changed.</source>
        <translation>Второй менеджер не подтвердил: ничего не изменено.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{points} points ({reason}); the balance is now {balance}.</source>
        <translation>{points} баллов ({reason}); баланс теперь {balance}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approved by {name}.</source>
        <translation>Подтвердил(а): {name}.</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../ui/backoffice/members/member_form.py" line="+59"/>
        <source>New member</source>
        <translation>Новый покупатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit member</source>
        <translation>Изменить данные покупателя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd.mm.yyyy, may stay empty</source>
        <translation>дд.мм.гггг, можно не заполнять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer consents to the use of personal data</source>
        <translation>Покупатель согласен на обработку персональных данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer agrees to receive offers</source>
        <translation>Покупатель согласен получать предложения и рассылки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan a pre-printed card, or leave empty</source>
        <translation>Отсканируйте готовую карту или оставьте пустым</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Type at least a first name.</source>
        <translation>Введите хотя бы имя.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An e-mail looks like name@example.com.</source>
        <translation>E-mail выглядит так: name@example.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask the customer first: personal data needs their consent.</source>
        <translation>Сначала спросите покупателя: для персональных данных нужно его согласие.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the phone like +7 912 345-67-89.</source>
        <translation>Введите телефон так: +7 912 345-67-89.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the birthday like 17.05.1990, or leave it empty.</source>
        <translation>Введите дату рождения так: 17.05.1990, или оставьте пустой.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not one of our card numbers: scan the card again or type 13 digits.</source>
        <translation>Это не номер нашей карты: отсканируйте карту ещё раз или введите 13 цифр.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This phone already belongs to a member: find them instead.</source>
        <translation>Этот телефон уже есть у покупателя: найдите его.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card cannot be given out: take another card.</source>
        <translation>Эту карту выдать нельзя: возьмите другую.</translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <location filename="../../ui/backoffice/members/list_model.py" line="+40"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main card</source>
        <translation>Основная карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>(erased)</source>
        <translation>(данные удалены)</translation>
    </message>
</context>
<context>
    <name>MemberListPage</name>
    <message>
        <location filename="../../ui/backoffice/members/list_page.py" line="+56"/>
        <source>Card number, phone or name</source>
        <translation>Номер карты, телефон или имя</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New member  (Ctrl+N)</source>
        <translation>Новый покупатель  (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>%n member(s) found; Enter opens</source>
        <translation>
            <numerusform>Найден %n покупатель; Enter открывает</numerusform>
            <numerusform>Найдено %n покупателя; Enter открывает</numerusform>
            <numerusform>Найдено %n покупателей; Enter открывает</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody found: try the card number, phone or surname</source>
        <translation>Никого не найдено: попробуйте номер карты, телефон или фамилию</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{shown} members shown</source>
        <translation>Показано покупателей: {shown}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{shown} of {total} members shown</source>
        <translation>Показано покупателей: {shown} из {total}</translation>
    </message>
</context>
<context>
    <name>MemberPageView</name>
    <message>
        <location filename="../../ui/backoffice/members/page_view.py" line="+61"/>
        <source>Back to the list</source>
        <translation>К списку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add or remove points</source>
        <translation>Начислить или списать баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with another member</source>
        <translation>Объединить с другим покупателем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase personal data</source>
        <translation>Удалить персональные данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club membership</source>
        <translation>Клубное членство</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Newer  (Ctrl+PgUp)</source>
        <translation>Новее  (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Older  (Ctrl+PgDown)</source>
        <translation>Старее  (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Give back reward</source>
        <translation>Вернуть награду</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Points history</source>
        <translation>История баллов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards</source>
        <translation>Карты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier history</source>
        <translation>История уровней</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sales</source>
        <translation>Последние покупки</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>(erased)</source>
        <translation>(данные удалены)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page {page} of {pages} ({entries} entries)</source>
        <translation>Страница {page} из {pages} (записей: {entries})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Personal data erased on request on {day}.</source>
        <translation>Персональные данные удалены по запросу {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone: {phone}</source>
        <translation>Телефон: {phone}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail: {email}</source>
        <translation>E-mail: {email}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday: {day}</source>
        <translation>Дата рождения: {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered: {day}</source>
        <translation>Регистрация: {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into member {id}</source>
        <translation>Объединён с покупателем {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged into this member: {ids}</source>
        <translation>С этим покупателем объединены: {ids}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to personal data: not given</source>
        <translation>Согласие на обработку персональных данных: не дано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent to personal data: given on {when}</source>
        <translation>Согласие на обработку персональных данных: дано {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Balance: {balance} points (spendable {spendable}, pending {pending})</source>
        <translation>Баланс: {balance} баллов (доступно {spendable}, ожидают {pending})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tier: {tier}, discount {percent} %</source>
        <translation>Уровень: {tier}, скидка {percent} %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} more to {tier}</source>
        <translation>Ещё {amount} до уровня {tier}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Club membership until {day}</source>
        <translation>Клубное членство до {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{points} points expire on {day}</source>
        <translation>{points} баллов сгорят {day}</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../ui/checkout/member_panel.py" line="+77"/>
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
        <location line="+8"/>
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
        <location line="+10"/>
        <source>Challenges:</source>
        <translation>Задания:</translation>
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
    <name>MemberTables</name>
    <message>
        <location filename="../../ui/backoffice/members/tables.py" line="+51"/>
        <location line="+75"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance after</source>
        <translation>Баланс после</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>replaced by {card}</source>
        <translation>заменена на {card}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Qualifying spend</source>
        <translation>Сумма покупок для уровня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a sale</source>
        <translation>покупка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earned</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeemed</source>
        <translation>Списано</translation>
    </message>
</context>
<context>
    <name>MembershipAction</name>
    <message>
        <location filename="../../ui/backoffice/members/membership.py" line="+52"/>
        <source>This member has no active card: issue one in the Cards tab first.</source>
        <translation>У участника нет действующей карты: сначала выдайте карту на вкладке «Карты».</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>To print its slip, choose the sale in the history at the counter and press F10.</source>
        <translation>Чтобы напечатать чек, выберите продажу в истории на кассе и нажмите F10.</translation>
    </message>
</context>
<context>
    <name>MembershipAtCounter</name>
    <message>
        <location filename="../../ui/checkout/membership_dialog.py" line="+164"/>
        <source>Scan the member&apos;s card first.</source>
        <translation>Сначала отсканируйте карту покупателя.</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <location line="-95"/>
        <source>Club membership: {name}</source>
        <translation>Клубное членство: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} days</source>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Club member until</source>
        <translation>Член клуба до</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Renew for {fee}</source>
        <translation>Продлить за {fee}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sell for {fee}</source>
        <translation>Продать за {fee}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not a club member</source>
        <translation>не член клуба</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>club member until {day}</source>
        <translation>член клуба до {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the membership ended on {day}</source>
        <translation>членство закончилось {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new membership starts today. Take the fee, then confirm.</source>
        <translation>Новое членство начинается сегодня. Примите оплату, затем подтвердите.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewed early: the new period follows the current end. Take the fee, then confirm.</source>
        <translation>Досрочное продление: новый срок идёт после окончания текущего. Примите оплату, затем подтвердите.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Club membership renewed: fee {fee}; club member until {day}.</source>
        <translation>Клубное членство продлено: оплачено {fee}; член клуба до {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Club membership sold: fee {fee}; club member until {day}.</source>
        <translation>Клубное членство продано: оплачено {fee}; член клуба до {day}.</translation>
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
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/backoffice/members/merge_dialog.py" line="+60"/>
        <source>Merge two members</source>
        <translation>Объединение покупателей</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other member&apos;s cards, points and tier spend move to the member kept; their history stays. This cannot be undone.</source>
        <translation>Карты, баллы и сумма покупок для уровня второго покупателя переходят к основному; история остаётся. Отменить это нельзя.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scan or type the other member&apos;s card</source>
        <translation>Отсканируйте или введите карту второго покупателя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep</source>
        <translation>Основной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into it</source>
        <translation>Присоединить к нему</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merge these two</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(erased)</source>
        <translation>(данные удалены)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards: {cards}</source>
        <translation>Карты: {cards}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance: {balance} points</source>
        <translation>Баланс: {balance} баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier: {tier}</source>
        <translation>Уровень: {tier}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This card belongs to the member kept: scan another.</source>
        <translation>Эта карта основного покупателя: отсканируйте другую.</translation>
    </message>
</context>
<context>
    <name>NewPinForm</name>
    <message>
        <location filename="../../ui/backoffice/staff/forms.py" line="+14"/>
        <source>New PIN for the selected account</source>
        <translation>Новый PIN-код для выбранного сотрудника</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the new PIN</source>
        <translation>Установить новый PIN-код</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>PIN-код ещё раз</translation>
    </message>
</context>
<context>
    <name>OffersSection</name>
    <message>
        <location filename="../../ui/backoffice/programme/offers.py" line="+46"/>
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
    <name>PointsDialog</name>
    <message>
        <location filename="../../ui/backoffice/members/points_dialog.py" line="+26"/>
        <source>Review of the store (adds)</source>
        <translation>Отзыв о магазине (начисление)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making up for a complaint (adds)</source>
        <translation>Компенсация по жалобе (начисление)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction (adds or removes)</source>
        <translation>Исправление (начисление или списание)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other: say why below</source>
        <translation>Другое: укажите причину ниже</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Points for {name}</source>
        <translation>Баллы покупателя {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>50 adds, -50 removes</source>
        <translation>50 начисляет, -50 списывает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than {limit} points either way needs a second manager&apos;s PIN.</source>
        <translation>Больше {limit} баллов в любую сторону — только с PIN-кодом второго менеджера.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Type a whole number like 50 or -50, not 0.</source>
        <translation>Введите целое число, например 50 или -50, не 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This reason only adds points: to remove points choose Correction.</source>
        <translation>С этой причиной баллы только начисляются: для списания выберите «Исправление».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why, for the reason Other.</source>
        <translation>Для причины «Другое» укажите, почему.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/backoffice/programme/preview.py" line="+54"/>
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
        <location line="+72"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="-70"/>
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
        <location line="+1"/>
        <source>Challenges so far</source>
        <translation>Задания: уже сделано</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>purchases made</source>
        <translation>покупок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spent in the category</source>
        <translation>потрачено в категории</translation>
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
        <location line="+74"/>
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
    <name>PrintBox</name>
    <message>
        <location filename="../../ui/backoffice/cards/print_box.py" line="+37"/>
        <source>CR80 cards, one per page (card printer)</source>
        <translation>Карты CR80, по одной на странице (принтер карт)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 label sheets, 10 cards per sheet</source>
        <translation>Листы наклеек A4, 10 карт на листе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bonus card (points)</source>
        <translation>бонусная карта (баллы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discount card</source>
        <translation>дисконтная карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid club membership</source>
        <translation>платное членство в клубе</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Issue and print cards</source>
        <translation>Выпуск и печать карт</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Issue the cards</source>
        <translation>Выпустить карты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card numbers to print, one per line</source>
        <translation>Номера карт для печати, по одному в строке</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No logo (PNG or JPEG, optional)</source>
        <translation>Без логотипа (PNG или JPEG, по желанию)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print to PDF…</source>
        <translation>Печать в PDF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New cards</source>
        <translation>Новые карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards to print</source>
        <translation>Карты для печати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Issuing %n card(s)…</source>
        <translation>
            <numerusform>Выпуск %n карты…</numerusform>
            <numerusform>Выпуск %n карт…</numerusform>
            <numerusform>Выпуск %n карт…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print to PDF</source>
        <translation>Печать в PDF</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Printing %n card(s)…</source>
        <translation>
            <numerusform>Печать %n карты…</numerusform>
            <numerusform>Печать %n карт…</numerusform>
            <numerusform>Печать %n карт…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the cards to print, or issue a batch of new cards first.</source>
        <translation>Перечислите карты для печати или сначала выпустите партию новых карт.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n card(s) issued, from {first} to {last}: print them now.</source>
        <translation>
            <numerusform>Выпущена %n карта, с {first} по {last}: напечатайте её.</numerusform>
            <numerusform>Выпущено %n карты, с {first} по {last}: напечатайте их.</numerusform>
            <numerusform>Выпущено %n карт, с {first} по {last}: напечатайте их.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n card(s) printed on {pages} page(s) in {path}.</source>
        <translation>
            <numerusform>%n карта напечатана (страниц: {pages}) в {path}.</numerusform>
            <numerusform>%n карты напечатаны (страниц: {pages}) в {path}.</numerusform>
            <numerusform>%n карт напечатано (страниц: {pages}) в {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ui/backoffice/transfer/problems.py" line="+49"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is wrong</source>
        <translation>Что не так</translation>
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
        <location line="+15"/>
        <source>At least 1 day.</source>
        <translation>Не меньше 1 дня.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Another reward has this id.</source>
        <translation>У другой награды такой же код.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another challenge has this code.</source>
        <translation>У другого задания такой же код.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latin lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Строчные латинские буквы, цифры, «-» или «_».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 1 purchase.</source>
        <translation>Не меньше 1 покупки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it a category.</source>
        <translation>Укажите категорию.</translation>
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
        <location filename="../../ui/backoffice/programme/panel.py" line="+83"/>
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
        <location line="+1"/>
        <source>Rewards</source>
        <translation>Награды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenges</source>
        <translation>Задания</translation>
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
        <location line="+34"/>
        <source>Version {n} goes live at the counter now: the next sale uses the new rules. Save?</source>
        <translation>Версия {n} сразу начнёт действовать на кассе: следующая продажа пойдёт по новым правилам. Сохранить?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the programme</source>
        <translation>Сохранение программы</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>ProgrammeTemplates</name>
    <message>
        <location filename="../../pos_loyalty/services/templates.py" line="+30"/>
        <source>Discount card</source>
        <translation>Дисконтная карта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bonus points</source>
        <translation>Бонусная программа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Club</source>
        <translation>Клуб</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bronze</source>
        <translation>Бронза</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Silver</source>
        <translation>Серебро</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gold</source>
        <translation>Золото</translation>
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
        <location filename="../../ui/checkout/quote_panel.py" line="+87"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>points</source>
        <translation>баллы</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Confirm</source>
        <translation>Провести</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeem max</source>
        <translation>Списать максимум</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redeem</source>
        <translation>Списать</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>receipt number of the till (optional)</source>
        <translation>номер чека кассы (необязательно)</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+153"/>
        <source>pts</source>
        <translation>б.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>new balance %1</source>
        <translation>новый баланс %1</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+114"/>
        <location line="+54"/>
        <location line="+1"/>
        <source>max</source>
        <translation>максимум</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../pos_loyalty/domain/reasons.py" line="+20"/>
        <source>discount {percent} % (tier {name})</source>
        <translation>скидка {percent} % (уровень {name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discount {percent} % (club membership)</source>
        <translation>скидка {percent} % (клубное членство)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discount {percent} % ({name})</source>
        <translation>скидка {percent} % ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discount capped at {percent} % by the programme</source>
        <translation>скидка ограничена {percent} % по правилам программы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no discount: {why}</source>
        <translation>без скидки: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{category}: {what}</source>
        <translation>{category}: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no redemption: check below {min}</source>
        <translation>списание невозможно: чек меньше {min}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no redemption: nothing in this check may be paid with points</source>
        <translation>списание невозможно: в чеке нет товаров, которые можно оплатить баллами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no redemption: no spendable points</source>
        <translation>списание невозможно: нет доступных баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no redemption offline: this terminal has not synced with the server</source>
        <translation>списание офлайн невозможно: терминал ещё не синхронизировался с сервером</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no redemption offline: the last sync was {minutes} min ago, more than the {allowed} min allowed</source>
        <translation>списание офлайн невозможно: последняя синхронизация была {minutes} мин назад, а допускается не больше {allowed} мин</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>redemption cap overridden by a manager</source>
        <translation>ограничение списания снято менеджером</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no points earned: {why}</source>
        <translation>баллы не начислены: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points become spendable on {date}</source>
        <translation>баллы станут доступны {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points x{factor}: {name}</source>
        <translation>баллы x{factor}: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no bonus from {name}: check below {min}</source>
        <translation>нет бонуса «{name}»: чек меньше {min}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no card: the check is recorded without discount or points</source>
        <translation>без карты: чек записан без скидки и баллов</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>nothing in this check may be discounted</source>
        <translation>в чеке нет товаров со скидкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tier gives no discount</source>
        <translation>уровень не даёт скидки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing in this check earns points</source>
        <translation>в чеке нет товаров, за которые начисляются баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tier earns no points</source>
        <translation>уровень не начисляет баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everything was paid with points</source>
        <translation>всё оплачено баллами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no discount</source>
        <translation>без скидки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no points</source>
        <translation>без баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no discount, no points</source>
        <translation>без скидки и без баллов</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>no redemption asked (up to %n point(s) allowed)</source>
        <translation>
            <numerusform>списание не запрошено (можно до %n балла)</numerusform>
            <numerusform>списание не запрошено (можно до %n баллов)</numerusform>
            <numerusform>списание не запрошено (можно до %n баллов)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>redemption limited to %n point(s) ({percent} % of {base})</source>
        <translation>
            <numerusform>списание ограничено %n баллом ({percent} % от {base})</numerusform>
            <numerusform>списание ограничено %n баллами ({percent} % от {base})</numerusform>
            <numerusform>списание ограничено %n баллами ({percent} % от {base})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>redemption limited to %n point(s): that is the spendable balance</source>
        <translation>
            <numerusform>списание ограничено %n баллом: это весь доступный баланс</numerusform>
            <numerusform>списание ограничено %n баллами: это весь доступный баланс</numerusform>
            <numerusform>списание ограничено %n баллами: это весь доступный баланс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>redemption limited to %n point(s): {why}</source>
        <translation>
            <numerusform>списание ограничено %n баллом: {why}</numerusform>
            <numerusform>списание ограничено %n баллами: {why}</numerusform>
            <numerusform>списание ограничено %n баллами: {why}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>redemption limited to %n point(s): the cap per member until the next sync is {limit}</source>
        <translation>
            <numerusform>списание ограничено %n баллом: лимит на покупателя до следующей синхронизации — {limit}</numerusform>
            <numerusform>списание ограничено %n баллами: лимит на покупателя до следующей синхронизации — {limit}</numerusform>
            <numerusform>списание ограничено %n баллами: лимит на покупателя до следующей синхронизации — {limit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>redemption limited to %n point(s): the cap of this terminal until the next sync is {limit}</source>
        <translation>
            <numerusform>списание ограничено %n баллом: лимит терминала до следующей синхронизации — {limit}</numerusform>
            <numerusform>списание ограничено %n баллами: лимит терминала до следующей синхронизации — {limit}</numerusform>
            <numerusform>списание ограничено %n баллами: лимит терминала до следующей синхронизации — {limit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>redemption limited to %n point(s): the server&apos;s balance allows that</source>
        <translation>
            <numerusform>списание ограничено %n баллом: столько позволяет баланс на сервере</numerusform>
            <numerusform>списание ограничено %n баллами: столько позволяет баланс на сервере</numerusform>
            <numerusform>списание ограничено %n баллами: столько позволяет баланс на сервере</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>redemption limited to %n point(s): reserved at the server (other counters hold the rest)</source>
        <translation>
            <numerusform>списание ограничено %n баллом: столько зарезервировано на сервере (остальное держат другие кассы)</numerusform>
            <numerusform>списание ограничено %n баллами: столько зарезервировано на сервере (остальное держат другие кассы)</numerusform>
            <numerusform>списание ограничено %n баллами: столько зарезервировано на сервере (остальное держат другие кассы)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n point(s) pay {value}</source>
        <translation>
            <numerusform>оплата баллами: %n балл = {value}</numerusform>
            <numerusform>оплата баллами: %n балла = {value}</numerusform>
            <numerusform>оплата баллами: %n баллов = {value}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>earn {percent} % of {base} = %n point(s)</source>
        <translation>
            <numerusform>начислено {percent} % от {base} = %n балл</numerusform>
            <numerusform>начислено {percent} % от {base} = %n балла</numerusform>
            <numerusform>начислено {percent} % от {base} = %n баллов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>+%n point(s): {name}</source>
        <translation>
            <numerusform>+%n балл: {name}</numerusform>
            <numerusform>+%n балла: {name}</numerusform>
            <numerusform>+%n баллов: {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>completes the challenge {name}: +%n point(s)</source>
        <translation>
            <numerusform>выполнено задание «{name}»: +%n балл</numerusform>
            <numerusform>выполнено задание «{name}»: +%n балла</numerusform>
            <numerusform>выполнено задание «{name}»: +%n баллов</numerusform>
        </translation>
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
    <name>RegisterAtCounter</name>
    <message>
        <location filename="../../ui/checkout/register_dialog.py" line="+176"/>
        <source>Registered %1 with card %2: welcome bonus %3 points.</source>
        <translation>Зарегистрирован(а) %1, карта %2; приветственный бонус, баллов: %3.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location line="-124"/>
        <source>New member</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scan the card given (empty: a new number)</source>
        <translation>отсканируйте выданную карту (пусто: новый номер)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer consents to the use of personal data</source>
        <translation>Покупатель согласен на обработку персональных данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer agrees to receive offers</source>
        <translation>Покупатель согласен получать предложения и рассылки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card %1 is new here: register the customer, or Cancel.</source>
        <translation>Карта %1 здесь новая: зарегистрируйте покупателя или нажмите «Отмена».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Welcome bonus: %1 points on registering.</source>
        <translation>Приветственный бонус при регистрации, баллов: %1.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../pos_loyalty/reports/labels_en.py" line="+131"/>
        <source>Checks with and without a card</source>
        <translation>Чеки с картой и без</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points by terminal</source>
        <translation>Баллы по кассам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points by terminal (the {count} busiest)</source>
        <translation>Баллы по кассам ({count} самых загруженных)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Checks per day</source>
        <translation>Чеки по дням</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Points expiring by month</source>
        <translation>Сгорание баллов по месяцам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spendable and pending points</source>
        <translation>Доступные и ожидающие баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members per tier</source>
        <translation>Участники по уровням</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks by tier used</source>
        <translation>Чеки по уровням</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention curve (all cohorts)</source>
        <translation>Кривая удержания (все когорты)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top 10 members by money paid</source>
        <translation>10 лучших участников по оплаченной сумме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive members</source>
        <translation>Неактивные участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance after each day</source>
        <translation>Баланс на конец дня</translation>
    </message>
    <message>
        <location filename="../../pos_loyalty/reports/labels_rfm.py" line="+39"/>
        <source>Members per segment</source>
        <translation>Участники по сегментам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money per segment</source>
        <translation>Выручка по сегментам</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <location filename="../../pos_loyalty/reports/labels_en.py" line="+78"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminal</source>
        <translation>Касса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card checks</source>
        <translation>Чеки с картой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other checks</source>
        <translation>Чеки без карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card sales</source>
        <translation>Продажи с картой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earned</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus</source>
        <translation>Бонусы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeemed</source>
        <translation>Списано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Сгорело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money returned</source>
        <translation>Возвращено денег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pts taken back</source>
        <translation>Баллов отозвано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pts given back</source>
        <translation>Баллов возвращено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New members</source>
        <translation>Новые участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From spend</source>
        <translation>От суммы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members at start</source>
        <translation>Участников в начале</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members at end</source>
        <translation>Участников в конце</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share at end</source>
        <translation>Доля в конце</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From \ to</source>
        <translation>Из \ в</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks</source>
        <translation>Чеки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort</source>
        <translation>Когорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>M{k}</source>
        <translation>М{k}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotion</source>
        <translation>Акция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks/day before</source>
        <translation>Чеков в день до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks/day during</source>
        <translation>Чеков в день во время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequency uplift</source>
        <translation>Прирост частоты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg check before</source>
        <translation>Средний чек до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg check during</source>
        <translation>Средний чек во время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg check uplift</source>
        <translation>Прирост среднего чека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net paid</source>
        <translation>За вычетом возвратов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days inactive</source>
        <translation>Дней без покупок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Сгорают</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debited</source>
        <translation>Списано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../pos_loyalty/reports/labels_rfm.py" line="+6"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of members</source>
        <translation>Доля участников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of money</source>
        <translation>Доля выручки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R: days from</source>
        <translation>R: дней от</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R: days to</source>
        <translation>R: дней до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F: checks from</source>
        <translation>F: чеков от</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F: checks to</source>
        <translation>F: чеков до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M: money from</source>
        <translation>M: сумма от</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M: money to</source>
        <translation>M: сумма до</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <location filename="../../pos_loyalty/reports/labels_en.py" line="-139"/>
        <source>Checks with a card</source>
        <translation>Чеки с картой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks without a card</source>
        <translation>Чеки без карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of checks with a card</source>
        <translation>Доля чеков с картой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales with a card</source>
        <translation>Продажи с картой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales without a card</source>
        <translation>Продажи без карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club memberships sold</source>
        <translation>Продано клубных членств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club membership fees</source>
        <translation>Взносы за клубное членство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club memberships refunded</source>
        <translation>Возвращено клубных членств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club membership fees returned</source>
        <translation>Возвращено взносов за клубное членство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club membership fees, net</source>
        <translation>Взносы за клубное членство за вычетом возвратов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club members</source>
        <translation>Участники клуба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts given</source>
        <translation>Предоставлено скидок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid with points</source>
        <translation>Оплачено баллами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points earned at checkout</source>
        <translation>Начислено баллов за покупки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points earned (checkout and bonuses)</source>
        <translation>Начислено баллов (покупки и бонусы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus points</source>
        <translation>Бонусные баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points redeemed</source>
        <translation>Списано баллов в оплату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expired</source>
        <translation>Сгорело баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points added by hand</source>
        <translation>Начислено вручную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points removed by hand</source>
        <translation>Списано вручную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds (voids included)</source>
        <translation>Возвраты (с аннулированиями)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voids</source>
        <translation>Аннулирования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods returned</source>
        <translation>Возвращено товара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money returned</source>
        <translation>Возвращено денег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points taken back by refunds</source>
        <translation>Баллов отозвано возвратами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points given back by refunds</source>
        <translation>Баллов возвращено возвратами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New members</source>
        <translation>Новые участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards issued</source>
        <translation>Выпущено карт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of 1 point</source>
        <translation>Стоимость 1 балла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding points</source>
        <translation>Баллов на счетах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their value</source>
        <translation>Их стоимость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spendable points</source>
        <translation>Доступно к списанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending points</source>
        <translation>Ожидают активации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired, not yet written off</source>
        <translation>Сгорели, ещё не списаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members with a negative balance</source>
        <translation>Участников с отрицательным балансом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points they owe</source>
        <translation>Их долг в баллах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding less owed</source>
        <translation>Баллы за вычетом долга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved up</source>
        <translation>Повысили уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved down</source>
        <translation>Понизили уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average check with a card</source>
        <translation>Средний чек с картой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average check without a card</source>
        <translation>Средний чек без карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members who bought</source>
        <translation>Участников с покупками</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members who bought twice or more</source>
        <translation>Из них купили два раза и более</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat-purchase rate</source>
        <translation>Доля повторных покупок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase frequency (checks per buying member)</source>
        <translation>Частота покупок (чеков на покупателя)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redemption rate (redeemed / earned)</source>
        <translation>Доля списания (списано / начислено)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Churn window, days</source>
        <translation>Окно оттока, дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members who joined before the window</source>
        <translation>Участников, вступивших до окна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of them, bought nothing in the window</source>
        <translation>Из них ничего не купили в окне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn</source>
        <translation>Отток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive for at least, days</source>
        <translation>Без покупок не меньше, дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive members</source>
        <translation>Неактивных участников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All members</source>
        <translation>Всего участников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance at the start</source>
        <translation>Баланс на начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points added</source>
        <translation>Начислено баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points taken off</source>
        <translation>Списано баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance at the end</source>
        <translation>Баланс на конец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance now</source>
        <translation>Баланс сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier now</source>
        <translation>Уровень сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>Записей</translation>
    </message>
    <message>
        <location filename="../../pos_loyalty/reports/labels_rfm.py" line="-13"/>
        <source>Money paid, less refunds</source>
        <translation>Оплачено за вычетом возвратов</translation>
    </message>
</context>
<context>
    <name>ReportLedger</name>
    <message>
        <location filename="../../pos_loyalty/reports/labels_en.py" line="+76"/>
        <source>welcome</source>
        <translation>приветственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birthday</source>
        <translation>день рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referral</source>
        <translation>за друга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review</source>
        <translation>за отзыв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promotion</source>
        <translation>акция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening balance</source>
        <translation>начальный остаток</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location line="-220"/>
        <location line="+29"/>
        <location line="+9"/>
        <location filename="../../pos_loyalty/reports/labels_rfm.py" line="-11"/>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>By terminal</source>
        <translation>По кассам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club membership</source>
        <translation>Клубное членство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding points</source>
        <translation>Баллы на счетах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expiring by month (by last day they can be spent)</source>
        <translation>Сгорание баллов по месяцам (по последнему дню списания)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members with a negative balance</source>
        <translation>Участники с отрицательным балансом</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members per tier</source>
        <translation>Участники по уровням</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier at the start (rows) and at the end (columns)</source>
        <translation>Уровень в начале (строки) и в конце (столбцы)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checks by the tier used</source>
        <translation>Чеки по применённому уровню</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key figures</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly cohort retention (share of the cohort that bought)</source>
        <translation>Удержание по месячным когортам (доля купивших)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promotion uplift (card checks, same weekdays before)</source>
        <translation>Эффект акций (чеки с картой, те же дни недели до акции)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top members by money paid</source>
        <translation>Лучшие участники по оплаченной сумме</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive members (most points first)</source>
        <translation>Неактивные участники (сначала с большим балансом)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points history</source>
        <translation>История баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expiring soon</source>
        <translation>Скоро сгорят</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger entries</source>
        <translation>Записи журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By store</source>
        <translation>По магазинам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points by store (every entry up to the report day)</source>
        <translation>Баллы по магазинам (все операции по день отчёта)</translation>
    </message>
    <message>
        <location filename="../../pos_loyalty/reports/labels_rfm.py" line="+1"/>
        <source>Members and money by segment</source>
        <translation>Участники и выручка по сегментам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each score covers (lowest and highest value given it)</source>
        <translation>Что означает каждый балл (наименьшее и наибольшее значение с этим баллом)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../pos_loyalty/reports/labels_en.py" line="-108"/>
        <source>Daily loyalty Z-report</source>
        <translation>Дневной Z-отчёт программы лояльности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points liability</source>
        <translation>Обязательства по баллам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiers: distribution and movement</source>
        <translation>Уровни: распределение и переходы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty KPIs</source>
        <translation>Показатели программы лояльности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top members</source>
        <translation>Лучшие участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive members</source>
        <translation>Неактивные участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member statement</source>
        <translation>Выписка участника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points ledger export</source>
        <translation>Выгрузка журнала баллов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Сформирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminals</source>
        <translation>Кассы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page}</source>
        <translation>Стр. {page}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data for this period</source>
        <translation>Нет данных за период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing the first {shown} of {total} rows; the PDF and CSV hold them all</source>
        <translation>Показаны первые {shown} из {total} строк; в PDF и CSV есть все</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Бессрочно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cohorts</source>
        <translation>Все когорты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a card</source>
        <translation>С картой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a card</source>
        <translation>Без карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Неактивные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(personal data erased)</source>
        <translation>(персональные данные удалены)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance brought forward</source>
        <translation>Остаток на начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New members, cards issued, balances and tiers carry no terminal: they are counted for the whole database, not only for the terminals chosen.</source>
        <translation>Новые участники, выпущенные карты, балансы и уровни не привязаны к кассе: они посчитаны по всей базе, а не только по выбранным кассам.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The programme changed during the period: tiers at the start follow version {start}, at the end version {end}.</source>
        <translation>Программа менялась в течение периода: уровни в начале считаются по версии {start}, в конце — по версии {end}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not enrolled)</source>
        <translation>(не подключена)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store without a name</source>
        <translation>Магазин без названия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain-wide, from the central server: what the terminals had pushed when the report was made. Entries a terminal has not pushed yet are not counted.</source>
        <translation>По всей сети, с центрального сервера: то, что кассы успели передать к моменту формирования отчёта. Операции, ещё не переданные кассой, не учтены.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members, their points and debts belong to the chain, not to a store: the outstanding figures are chain-wide. The table by store shows the points each store&apos;s terminals credited and debited; their net, over all stores, is the members&apos; balances (outstanding, plus points awaiting write-off, less points owed).</source>
        <translation>Участники, их баллы и долги принадлежат сети, а не магазину: остатки посчитаны по всей сети. Таблица по магазинам показывает баллы, начисленные и списанные кассами каждого магазина; их сумма по всем магазинам равна балансам участников (остаток плюс баллы к списанию минус долг).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cards issued are counted by each terminal: the central server does not learn when a terminal issued a card.</source>
        <translation>Выданные карты считает каждая касса: центральный сервер не знает, когда касса выдала карту.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chain</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location filename="../../pos_loyalty/reports/labels_rfm.py" line="-22"/>
        <source>RFM segments</source>
        <translation>RFM-сегменты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champions</source>
        <translation>Чемпионы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>Лояльные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential</source>
        <translation>Перспективные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>Под угрозой ухода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t lose</source>
        <translation>Нельзя потерять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hibernating</source>
        <translation>Спящие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Потерянные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members who bought goods in the period are scored 1 to 5 on each measure by quintiles: R, days from their last purchase to {as_of} (fewer is better); F, their checks; M, what they paid less what refunds returned. Equal values share a score. FM is the mean of F and M, half up. The first rule that holds names the segment: new, R 4-5 and one purchase; champions, R 4-5 and FM 4-5; loyal, R 3-5 and FM 3-5; potential, R 3-5; can&apos;t lose, R 1 and FM 4-5; at risk, FM 3-5; hibernating, R 2; lost, the rest.</source>
        <translation>Участники, купившие товары за период, получают по каждому показателю балл от 1 до 5 по квинтилям: R — дней от последней покупки до {as_of} (чем меньше, тем лучше); F — число их чеков; M — сколько они заплатили за вычетом возвратов. Равные значения получают один балл. FM — среднее F и M с округлением половины вверх. Сегмент даёт первое выполненное правило: новые — R 4–5 и одна покупка; чемпионы — R 4–5 и FM 4–5; лояльные — R 3–5 и FM 3–5; перспективные — R 3–5; нельзя потерять — R 1 и FM 4–5; под угрозой ухода — FM 3–5; спящие — R 2; потерянные — остальные.</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../../ui/reports/window.py" line="+109"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>Save as PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+85"/>
        <source>Save as CSV…</source>
        <translation>Сохранить CSV…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Working…</source>
        <translation>Формируется…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Отправлена на печать %n страница.</numerusform>
            <numerusform>Отправлены на печать %n страницы.</numerusform>
            <numerusform>Отправлено на печать %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report could not be made: {error}</source>
        <translation>Отчёт не сформирован: {error}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Showing the first {shown} of {total} rows; the PDF and CSV hold them all.</source>
        <translation>Показаны первые {shown} строк из {total}; в PDF и CSV — все.</translation>
    </message>
</context>
<context>
    <name>RewardGiveBack</name>
    <message>
        <location filename="../../ui/checkout/reward_give_back.py" line="+35"/>
        <source>Give back a reward</source>
        <translation>Возврат награды</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Give back {name}, taken on {day}? The member gets %n point(s) back and the reward goes back to the stock.</source>
        <translation>
            <numerusform>Вернуть награду «{name}» от {day}? Участник получит обратно %n балл, а награда вернётся в остаток.</numerusform>
            <numerusform>Вернуть награду «{name}» от {day}? Участник получит обратно %n балла, а награда вернётся в остаток.</numerusform>
            <numerusform>Вернуть награду «{name}» от {day}? Участник получит обратно %n баллов, а награда вернётся в остаток.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give back the reward {name}</source>
        <translation>вернуть награду «{name}»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was given back.</source>
        <translation>Ничего не возвращено.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Reward given back: {name}, %n point(s) returned; balance now {balance}.</source>
        <translation>
            <numerusform>Награда возвращена: {name}, возвращён %n балл; баланс теперь {balance}.</numerusform>
            <numerusform>Награда возвращена: {name}, возвращено %n балла; баланс теперь {balance}.</numerusform>
            <numerusform>Награда возвращена: {name}, возвращено %n баллов; баланс теперь {balance}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RewardReturnAction</name>
    <message>
        <location filename="../../ui/backoffice/members/reward_return.py" line="+49"/>
        <source>Choose a reward in the points history first.</source>
        <translation>Сначала выберите награду в истории баллов.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nobody approved it: nothing was given back.</source>
        <translation>Никто не подтвердил: ничего не возвращено.</translation>
    </message>
</context>
<context>
    <name>RewardsAtCounter</name>
    <message>
        <location filename="../../ui/checkout/rewards_dialog.py" line="+194"/>
        <source>Scan the member&apos;s card first.</source>
        <translation>Сначала отсканируйте карту покупателя.</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>Reward given: {name} for %n point(s); balance now {balance}.</source>
        <translation>
            <numerusform>Награда выдана: {name} за %n балл; баланс теперь {balance}.</numerusform>
            <numerusform>Награда выдана: {name} за %n балла; баланс теперь {balance}.</numerusform>
            <numerusform>Награда выдана: {name} за %n баллов; баланс теперь {balance}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RewardsDialog</name>
    <message>
        <location line="-186"/>
        <source>Rewards for points: {name}</source>
        <translation>Награды за баллы: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points to spend: {points}</source>
        <translation>Можно списать баллов: {points}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No reward can be taken today with these points.</source>
        <translation>Сегодня на эти баллы нельзя взять ни одной награды.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give back</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reward</source>
        <translation>Награда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Give</source>
        <translation>Выдать</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Give for %n point(s)</source>
        <translation>
            <numerusform>Выдать за %n балл</numerusform>
            <numerusform>Выдать за %n балла</numerusform>
            <numerusform>Выдать за %n баллов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RewardsSection</name>
    <message>
        <location filename="../../ui/backoffice/programme/rewards.py" line="+58"/>
        <source>Add a reward</source>
        <translation>Добавить награду</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Goods a member takes for points at the counter (Ctrl+R). The stock counts what is given in all stores; offline, each counter gives at most its share of it. Keep a reward&apos;s id when you change it: the stock counts by it.</source>
        <translation>Товары, которые участник берёт за баллы на кассе (Ctrl+R). Остаток считает выданное во всех магазинах; без связи с сервером каждая касса выдаёт не больше своей доли. Меняя награду, сохраняйте её код: остаток считается по нему.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline share</source>
        <translation>Доля без связи</translation>
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
        <location line="+15"/>
        <source>no stock</source>
        <translation>не ограничен</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>SaleOnCounter</name>
    <message>
        <location filename="../../ui/checkout/sale_on_counter.py" line="+42"/>
        <source>Scan the member&apos;s card first.</source>
        <translation>Сначала отсканируйте карту покупателя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redeem points over the cap</source>
        <translation>списать баллы сверх лимита</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redemption cap lifted by %1 for this check.</source>
        <translation>Лимит списания снят менеджером %1 для этого чека.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Record a large check of %1? Check the amount typed.</source>
        <translation>Записать крупный чек на %1? Проверьте введённую сумму.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Large check</source>
        <translation>Крупный чек</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sale recorded: to pay %1.</source>
        <translation>Продажа записана: к оплате %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points +%1, −%2; balance now %3.</source>
        <translation>Баллы +%1, −%2; баланс теперь %3.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/checkout/search_box.py" line="+78"/>
        <location filename="../../ui/counter_shell.py" line="+2"/>
        <source>Card number, phone or name</source>
        <translation>Номер карты, телефон или имя</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+70"/>
        <source>↑ ↓ to choose, Enter to take</source>
        <translation>↑ ↓ — выбор, Enter — взять</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+72"/>
        <source>Nobody found</source>
        <translation>Никого не найдено</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="+75"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <message>
        <location line="+72"/>
        <source>raise an approval limit</source>
        <translation>повысить лимит подтверждения</translation>
    </message>
</context>
<context>
    <name>ShiftControl</name>
    <message>
        <location filename="../../ui/checkout/shift.py" line="+39"/>
        <source>The sale is being recorded: lock once it is.</source>
        <translation>Продажа записывается: заблокируйте кассу, когда она запишется.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sale is being recorded: sign out once it is.</source>
        <translation>Продажа записывается: выйдите, когда она запишется.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 signs out. Open today&apos;s Z-report of this terminal to view or print it?</source>
        <translation>%1 выходит из смены. Открыть сегодняшний Z-отчёт этой кассы, чтобы посмотреть или распечатать его?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is working the counter now. Scan a card.</source>
        <translation>На кассе теперь работает %1. Отсканируйте карту.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="+52"/>
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
        <location line="+25"/>
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
        <location line="+18"/>
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
    <name>Slip</name>
    <message>
        <location filename="../../pos_loyalty/domain/slip.py" line="+173"/>
        <source>Loyalty programme</source>
        <translation>Программа лояльности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REFUND</source>
        <translation>ВОЗВРАТ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COPY</source>
        <translation>КОПИЯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt no.</source>
        <translation>Чек №</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid with points ({points})</source>
        <translation>Оплачено баллами ({points})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To reach {tier}</source>
        <translation>До уровня {tier}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance before</source>
        <translation>Баланс до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points redeemed</source>
        <translation>Списано баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points earned</source>
        <translation>Начислено баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points returned</source>
        <translation>Возвращено баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points reversed</source>
        <translation>Списано начисленных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending points*</source>
        <translation>Ожидают начисления*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>* spendable after the return period</source>
        <translation>* станут доступны после срока возврата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance after</source>
        <translation>Баланс после</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your refund is done. Please keep this slip.</source>
        <translation>Возврат оформлен. Сохраните этот слип.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club member until {date}</source>
        <translation>Член клуба до {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward for points</source>
        <translation>Награда за баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward: {name}</source>
        <translation>Награда: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward returned: {name}</source>
        <translation>Награда возвращена: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n point(s) can be spent until {date}</source>
        <translation>
            <numerusform>%n балл действует до {date} включительно</numerusform>
            <numerusform>%n балла действуют до {date} включительно</numerusform>
            <numerusform>%n баллов действуют до {date} включительно</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffForms</name>
    <message>
        <location filename="../../ui/backoffice/staff/forms.py" line="-67"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>PIN-коды не совпадают: введите один и тот же PIN-код дважды.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../../ui/backoffice/staff/panel.py" line="+39"/>
        <source>Only a manager may see and change staff accounts.</source>
        <translation>Просматривать и менять учётные записи сотрудников может только менеджер.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Release the lockout</source>
        <translation>Снять блокировку</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Make a manager</source>
        <translation>Сделать менеджером</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+55"/>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Make a cashier</source>
        <translation>Сделать кассиром</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reactivate</source>
        <translation>Включить снова</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} was added as {role}.</source>
        <translation>{name}: учётная запись добавлена, роль — {role}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select an account first.</source>
        <translation>Сначала выберите сотрудника.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} has a new PIN.</source>
        <translation>{name}: PIN-код изменён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} can sign in again.</source>
        <translation>{name}: блокировка снята, можно войти.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is now: {role}.</source>
        <translation>{name}: теперь роль — {role}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} was deactivated and can no longer sign in.</source>
        <translation>{name}: учётная запись отключена, войти больше нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} was reactivated and can sign in again.</source>
        <translation>{name}: учётная запись снова включена, можно войти.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Refused: {reason}</source>
        <translation>Отказано: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not done: {error}</source>
        <translation>Не выполнено: {error}</translation>
    </message>
</context>
<context>
    <name>StaffTable</name>
    <message>
        <location filename="../../ui/backoffice/staff/table.py" line="+13"/>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locked until</source>
        <translation>Заблокирован до</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <location filename="../../ui/dialogs/first_run_pages.py" line="-59"/>
        <source>Your store</source>
        <translation>Ваш магазин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name printed on slips, the currency and the language.</source>
        <translation>Название на слипах, валюта и язык.</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location filename="../../ui/dialogs/settings_tabs.py" line="-83"/>
        <source>Address, phone, tax number: one per line</source>
        <translation>Адрес, телефон, ИНН: по одному в строке</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Slips and every open window use it as soon as it is saved; a report keeps the language chosen for it in the reports window.</source>
        <translation>Чеки и все открытые окна переходят на него сразу после сохранения; отчёт остаётся на языке, выбранном для него в окне отчётов.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+23"/>
        <source>Give the store&apos;s name, as printed on slips.</source>
        <translation>Укажите название магазина, как на слипах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most {limit} characters fit in the store&apos;s name.</source>
        <translation>В названии магазина помещается не больше {limit} символов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most {limit} characters fit in the footer.</source>
        <translation>В нижней строке помещается не больше {limit} символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most {count} header lines of {limit} characters each fit on a slip.</source>
        <translation>На слипе помещается не больше {count} строк заголовка, по {limit} символов в каждой.</translation>
    </message>
</context>
<context>
    <name>TakenRewards</name>
    <message numerus="yes">
        <location filename="../../ui/checkout/rewards_taken.py" line="+55"/>
        <source>Taken in the last %n day(s), not given back:</source>
        <translation>
            <numerusform>Взяты за последний %n день и не возвращены:</numerusform>
            <numerusform>Взяты за последние %n дня и не возвращены:</numerusform>
            <numerusform>Взяты за последние %n дней и не возвращены:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Taken on</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reward</source>
        <translation>Награда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Баллы</translation>
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
<context>
    <name>TillCheckOnCounter</name>
    <message>
        <location filename="../../ui/checkout/till_check_panel.py" line="+152"/>
        <source>Check %1 from the till, %2: scan the customer&apos;s card and choose the points to redeem (F4: the most). The till confirms it.</source>
        <translation>Чек %1 с кассы, %2: отсканируйте карту покупателя и выберите, сколько баллов списать (F4 — максимум). Подтверждает касса.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check %1 from the till, %2: choose the points to redeem (F4: the most). The till confirms it.</source>
        <translation>Чек %1 с кассы, %2: выберите, сколько баллов списать (F4 — максимум). Подтверждает касса.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Card read: %1. Choose the points to redeem (F4: the most); the till confirms.</source>
        <translation>Карта считана: %1. Выберите, сколько баллов списать (F4 — максимум); подтверждает касса.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check %1 from the till: sale recorded, paid %2.</source>
        <translation>Чек %1 с кассы: продажа записана, оплачено %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points −%1, +%2.</source>
        <translation>Баллы −%1, +%2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check %1 was cancelled at the till: nothing was recorded.</source>
        <translation>Чек %1 отменён на кассе: ничего не записано.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check %1 is no longer shown here; the till can still confirm or cancel it.</source>
        <translation>Чек %1 здесь больше не показан; касса по-прежнему может подтвердить или отменить его.</translation>
    </message>
</context>
<context>
    <name>TillCheckPanel</name>
    <message>
        <location line="-122"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With points</source>
        <translation>Баллами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check %1 from the till</source>
        <translation>Чек %1 с кассы</translation>
    </message>
</context>
</TS>
