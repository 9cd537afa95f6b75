namespace AntiCor.Web.Features.Admin.Holidays;

/// <summary>The words of the public holidays page.</summary>
public static class HolidaysText
{
    public const string Title = "Святкові та неробочі дні";
    public const string Lead = "Дні, на які не припадають терміни подання звітів, що мають бути робочими днями. Зміни враховуються під час щоденного планування звітних періодів. Під час воєнного стану святкові дні є робочими: приберіть їх, а перенесення, оголошені Кабінетом Міністрів, додайте.";
    public const string Year = "Рік";
    public const string Show = "Показати";
    public const string Date = "Дата (дд.мм.рррр)";
    public const string Name = "Назва";
    public const string Add = "Додати";
    public const string Rename = "Перейменувати";
    public const string Delete = "Видалити";
    public const string None = "На цей рік святкових днів немає.";
    public const string DateRequired = "Вкажіть дату у форматі дд.мм.рррр, наприклад 24.08.2026.";
    public const string NameRequired = "Вкажіть назву свята.";
    public const string NameTooLong = "Назва свята задовга.";
    public const string Added = "Свято додано.";
    public const string Renamed = "Назву змінено.";
    public const string Deleted = "Свято видалено.";
    public const string NotFound = "Такого свята вже немає — оновіть сторінку.";

    public static string Taken(string date, string name) => $"На {date} уже є свято «{name}».";
}
