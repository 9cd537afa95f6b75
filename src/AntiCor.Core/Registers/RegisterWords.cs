namespace AntiCor.Core.Registers;

/// <summary>The registers' rule messages, in Ukrainian, as the forms show them.</summary>
public static class RegisterWords
{
    public const string AppointmentBeforeNotice = "Дата призначення не може бути раніше дати надходження повідомлення. Запис не збережено.";
    public const string SettlementBeforeNotification = "Дата врегулювання не може бути раніше дати повідомлення про конфлікт інтересів. Запис не збережено.";
    public const string SettlementWithoutDecision = "Зазначено дату врегулювання, але не вказано рішення керівника. Запис не збережено.";
    public const string RequestedBeforeSubmitted = "Строк розгляду не може бути раніше дати подання проєкту. Запис не збережено.";
    public const string ConclusionBeforeSubmitted = "Дата висновку не може бути раніше дати подання проєкту. Запис не збережено.";
    public const string FactorsWithoutFactor = "Для висновку «виявлено корупціогенні чинники» оберіть хоча б один чинник з переліку. Висновок не збережено.";
    public const string ProposalsTakenTooMany = "Кількість врахованих пропозицій не може бути від'ємною чи більшою за кількість наданих. Запис не збережено.";
    public const string NoticeDaysRange = "Мінімальна кількість днів повідомлення — від 1 до 60.";
}
