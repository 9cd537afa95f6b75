namespace AntiCor.Web.Features.Registers.Trainings;

/// <summary>The words of the register of trainings and consultations (measures 2, 3.2, 7.4, 7.6).</summary>
public static class TrainingsText
{
    public const string Title = "Навчання та консультації";
    public const string Lead = "Навчальні заходи з питань запобігання корупції (тема, організатор, дати, тривалість) з учасниками від підрозділів і їхніми сертифікатами; методичні консультації; охоплення підрозділів навчанням за рік.";
    public const string NewTitle = "Новий навчальний захід";
    public const string EditTitle = "Навчальний захід";
    public const string Topic = "Тема";
    public const string Organiser = "Організатор (наприклад, НАЗК)";
    public const string OrganiserShort = "Організатор";
    public const string StartsOn = "Дата початку (дд.мм.рррр)";
    public const string EndsOn = "Дата завершення, якщо захід тривав кілька днів (дд.мм.рррр)";
    public const string Dates = "Дати";
    public const string Hours = "Тривалість, годин";
    public const string Participants = "Учасники";
    public const string Participant = "Учасник (прізвище, ім'я, по батькові)";
    public const string Certificate = "Сертифікат (PDF, JPEG або PNG)";
    public const string AddParticipant = "Додати учасника";
    public const string Remove = "Вилучити";
    public const string NoCertificate = "без сертифіката";
    public const string SaveFirst = "Збережіть захід, щоб додати учасників.";
    public const string WrongCertificate = "Сертифікат приймається лише як PDF, JPEG або PNG (тип перевіряється за вмістом, а не за назвою). Нічого не збережено.";
    public const string Consultations = "Консультації";
    public const string Coverage = "Охоплення навчанням";
    public const string NewConsultation = "Нова консультація";
    public const string ConsultationTitle = "Консультація";
    public const string Asked = "Хто звернувся (необов'язково)";
    public const string AskedShort = "Хто звернувся";
    public const string AskedOn = "Дата звернення (дд.мм.рррр)";
    public const string AskedOnShort = "Звернення";
    public const string Question = "Питання";
    public const string Answer = "Надана відповідь";
    public const string AnsweredOn = "Дата відповіді (дд.мм.рррр)";
    public const string AnsweredOnShort = "Відповідь";
    public const string Year = "Рік";
    public const string Trained = "Пройшли навчання";
    public const string NotTrained = "Жоден працівник не пройшов навчання";
    public const string Untrained = "Декларанти підрозділу без навчання цього року";
    public const string CoverageLead = "Скільки працівників кожного підрозділу пройшли навчання за рік; координатор бачить і декларантів поточної кампанії, яких немає серед учасників.";
}
