namespace AntiCor.Core.Registers.Import;

/// <summary>The import's messages, in Ukrainian: a file refused as a whole, or one cell of a row.</summary>
public static class RegisterImportWords
{
    public const string Required = "Заповніть це поле.";
    public const string TooLong = "Текст задовгий.";
    public const string DateInvalid = "Вкажіть дату у форматі дд.мм.рррр (наприклад, 05.03.2020) або дату Excel.";
    public const string NotANumber = "Вкажіть ціле невід'ємне число.";
    public const string NotAFlag = "Вкажіть «так» або «ні» (у файлі експорту — «true» або «false»); порожня клітинка означає «ні».";
    public const string UnitUnknown = "Такого підрозділу в організації немає; назва має збігатися з назвою підрозділу в системі.";
    public const string UnitAmbiguous = "Цю назву мають кілька підрозділів організації; перейменуйте їх, щоб назви різнилися.";
    public const string NoRows = "У таблиці немає жодного рядка з даними під заголовком. Нічого не збережено.";
    public const string NotXlsx = "Файл не є книгою Excel (XLSX): реєстр імпортується лише з XLSX у стовпцях його експорту. Нічого не збережено.";
    public const string Broken = "Файл XLSX пошкоджено або він не є книгою Excel. Нічого не збережено.";
    public const string NoSheets = "У книзі XLSX немає аркушів. Нічого не збережено.";

    public const int MaxBytes = 2 * 1024 * 1024;

    public static string TooLarge => $"Файл завеликий: найбільше {MaxBytes / 1024 / 1024} МБ. Нічого не збережено.";

    public static string OneOf(IEnumerable<string> values) => $"Оберіть одне зі значень: {string.Join(", ", values.Select(v => $"«{v}»"))}.";

    public static string UnknownNames(IEnumerable<string> names) => $"Немає в переліку: {string.Join(", ", names.Select(n => $"«{n}»"))}.";

    public static string NoTable(int rows, IEnumerable<string> required) =>
        $"У книзі немає таблиці реєстру: у перших {rows} рядках жодного аркуша немає рядка заголовків зі стовпцями {Quoted(required)}. Нічого не збережено.";

    public static string Columns(IReadOnlyList<string> missing, IReadOnlyList<string> unknown, IReadOnlyList<string> repeated)
    {
        var parts = new List<string>();
        if (missing.Count > 0)
        {
            parts.Add($"бракує обов'язкових стовпців {Quoted(missing)}");
        }

        if (unknown.Count > 0)
        {
            parts.Add($"невідомі стовпці {Quoted(unknown)}");
        }

        if (repeated.Count > 0)
        {
            parts.Add($"стовпці повторюються: {Quoted(repeated)}");
        }

        return $"Таблицю складено не в стовпцях експорту реєстру: {string.Join("; ", parts)}. Нічого не збережено.";
    }

    public static string DeclarantTwiceInFile(int line) =>
        $"Цей декларант уже є в рядку {line} цього файлу в кампанії за той самий рік (те саме ім'я або адреса електронної пошти). Нічого не збережено.";

    public static string TooManyRows(int max) => $"У таблиці понад {max} рядків — більше, ніж імпортується за один раз; розділіть її на кілька файлів. Нічого не збережено.";

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"«{n}»"));
}
