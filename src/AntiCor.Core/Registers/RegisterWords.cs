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
    public const string DeclarationYearRange = "Вкажіть рік, за який подається декларація (від 2000 до 2100). Запис не збережено.";
    public const string FiledBeforeCampaign = "Дата подання щорічної декларації не може бути раніше 1 січня року, що настає за звітним. Запис не збережено.";
    public const string FiledBeforeDismissal = "Дата подання декларації при звільненні не може бути раніше дати звільнення. Запис не збережено.";
    public const string NacpNotifiedBeforeDue = "Дата повідомлення НАЗК не може бути раніше строку подання декларації: повідомляють про неподання чи несвоєчасне подання. Запис не збережено.";
    public const string DeclarationUrlNotHttps = "Посилання на декларацію має бути повною адресою, що починається з https://, — сторінкою декларації в Єдиному державному реєстрі декларацій. Запис не збережено.";
    public const string FiledWithoutUrl = "Позначаючи декларацію поданою, додайте посилання на неї в Єдиному державному реєстрі декларацій. Запис не збережено.";
    public const string UrlWithoutFiledOn = "Вказано посилання на декларацію, але не вказано дату її подання. Запис не збережено.";
    public const string DeclarantEmailInvalid = "Вкажіть адресу електронної пошти декларанта, наприклад ivan.petrenko@example.gov.ua. Запис не збережено.";
    public const string DeclarantTwice = "Цей декларант уже є в кампанії декларування за цей рік (те саме ім'я або адреса електронної пошти). Запис не збережено.";
    public const string DecisionBeforeOffence = "Дата рішення суду чи наказу не може бути раніше дати правопорушення. Запис не збережено.";
    public const string TrainingEndsBeforeStart = "Дата завершення навчання не може бути раніше дати початку. Запис не збережено.";
    public const string TrainingHoursRange = "Тривалість навчання — ціла кількість годин від 1 до 1000. Запис не збережено.";
    public const string ParticipantTwice = "Цей учасник із цього підрозділу вже є серед учасників навчання. Нічого не збережено.";
    public const string AnswerBeforeQuestion = "Дата відповіді не може бути раніше дати звернення. Запис не збережено.";
    public const string AnsweredWithoutAnswer = "Зазначено дату відповіді, але не вказано, яку відповідь надано. Запис не збережено.";
}
