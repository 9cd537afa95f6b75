using AntiCor.Core.Registers;

namespace AntiCor.Web.Features.Registers;

/// <summary>The words of the department's registers.</summary>
public static class RegistersText
{
    public const string Title = "Реєстри відділу";
    public const string Lead = "Власні реєстри уповноваженого підрозділу: їхні показники за звітний період пропонуються виконавцю пов'язаного заходу у формі звіту.";
    public const string Erased = "(знеособлено після строку зберігання)";
    public const string Search = "Пошук";
    public const string Unit = "Підрозділ";
    public const string AllUnits = "Усі підрозділи";
    public const string From = "З (дд.мм.рррр)";
    public const string To = "По (дд.мм.рррр)";
    public const string ViolationsOnly = "Лише порушення";
    public const string Show = "Показати";
    public const string New = "Додати запис";
    public const string Save = "Зберегти";
    public const string Edit = "Змінити";
    public const string ExportCsv = "Завантажити CSV";
    public const string ExportXlsx = "Завантажити XLSX";
    public const string Nothing = "Записів не знайдено.";
    public const string Saved = "Запис збережено.";
    public const string NotFound = "Такого запису немає.";
    public const string DateInvalid = "Вкажіть дату у форматі дд.мм.рррр, наприклад 05.03.2020.";
    public const string Required = "Заповніть це поле.";
    public const string TooLong = "Текст задовгий.";
    public const string UnitRequired = "Оберіть підрозділ.";
    public const string NoUnit = "Ви не прив'язані до жодного підрозділу, тож не можете додавати записи.";
    public const string Previous = "Попередня";
    public const string Next = "Наступна";
    public const string Links = "Зв'язок реєстрів із заходами програми";
    public const string LinksLead = "Один раз на програму: показники реєстру за період пропонуються у звіті виконавця обраного заходу і стають значеннями його показників.";
    public const string Programme = "Програма";
    public const string Register = "Реєстр";
    public const string MeasureNumber = "Номер заходу";
    public const string NoticeDays = "Мінімум календарних днів повідомлення до призначення";
    public const string Link = "Пов'язати";
    public const string Linked = "Реєстр пов'язано із заходом; показники заходу створено.";
    public const string MeasureUnknown = "У цій програмі немає заходу з таким номером.";
    public const string ProgrammeUnknown = "Оберіть програму.";
    public const string AlreadyLinked = "Цей реєстр уже пов'язано з заходом цієї програми: зв'язок встановлюється один раз на програму.";
    public const string NotANumber = "Вкажіть ціле число.";
    public const string Figures = "Дані реєстру за період";
    public const string FillFromRegister = "Підставити у звіт";
    public const string OpenEntries = "Записи реєстру за період";
    public const string Filled = "Значення з реєстру підставлено у форму — перевірте та збережіть.";
    public const string Pages = "Сторінки";
    public const string WrongDraftFile = "Проєкт акта приймається лише як документ PDF, DOCX або ODT (тип перевіряється за вмістом, а не за назвою). Нічого не збережено.";

    public const string Import = "Імпорт з XLSX";
    public const string ImportLead = "Завантажте реєстр, який ведеться в Excel, у стовпцях експорту цього реєстру (заголовки — як у завантаженому XLSX). Спершу буде показано, як збережеться кожен рядок; нічого не збережеться, доки ви не натиснете «Зберегти», і лише якщо жоден рядок не має помилок.";
    public const string ImportFile = "Файл XLSX";
    public const string ImportRead = "Переглянути";
    public const string ImportNoFile = "Оберіть файл XLSX.";
    public const string ImportExpired = "Перегляд застарів або пошкоджений — завантажте файл ще раз. Нічого не збережено.";
    public const string ImportHasErrors = "У таблиці є рядки з помилками — виправте їх у файлі та завантажте його знову. Нічого не збережено.";
    public const string ImportNameHidden = "Ім'я приховано або знеособлено в експорті; вкажіть ім'я або вилучіть рядок.";
    public const string ImportLine = "Рядок";
    public const string ImportErrors = "Помилки";
    public const string ImportReady = "Помилок немає: натисніть «Зберегти», щоб додати всі рядки до реєстру.";

    public static string ImportSummary(int rows, int errorRows) => $"Рядків у таблиці: {rows}; з помилками: {errorRows}.";

    public static string Imported(int count) => $"Імпортовано записів: {count}.";

    public static string Name(RegisterKind register) => register switch
    {
        RegisterKind.DraftActs => "Антикорупційна експертиза проєктів актів",
        RegisterKind.Appointments => "Повідомлення про кандидатів на призначення",
        RegisterKind.Declarations => "Декларування",
        RegisterKind.LiablePersons => "Особи, притягнуті до відповідальності",
        RegisterKind.Trainings => "Навчання та консультації",
        _ => "Конфлікт інтересів",
    };

    public static string Path(RegisterKind register) => register switch
    {
        RegisterKind.DraftActs => "/registers/draft-acts",
        RegisterKind.Appointments => "/registers/appointments",
        RegisterKind.Declarations => "/registers/declarations",
        RegisterKind.LiablePersons => "/registers/liable-persons",
        RegisterKind.Trainings => "/registers/trainings",
        _ => "/registers/conflicts",
    };

    public static string Total(int count) => $"Знайдено записів: {count}.";

    public static string PageOf(int page, int pages) => $"Сторінка {page} з {pages}";
}
