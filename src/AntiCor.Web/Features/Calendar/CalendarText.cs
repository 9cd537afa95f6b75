namespace AntiCor.Web.Features.Calendar;

/// <summary>The words of the calendar page.</summary>
public static class CalendarText
{
    public const string Title = "Календар звітування";
    public const string Lead = "Приватна адреса календаря показує терміни подання звітів вашого підрозділу в Outlook, Google Календарі чи іншій програмі. Адресу видно лише один раз: збережіть її одразу. Хто знає адресу, бачить терміни й номери заходів — не пересилайте її; непотрібну адресу відкличте.";
    public const string NoUnits = "Ваш обліковий запис не прив'язано до жодного підрозділу. Зверніться до адміністратора.";
    public const string Create = "Створити адресу календаря";
    public const string Revoke = "Відкликати";
    public const string Created = "Адресу календаря створено. Скопіюйте її зараз — більше її не буде показано:";
    public const string HowTo = "Outlook: «Додати календар» → «З Інтернету». Google Календар: «Інші календарі» → «За URL-адресою».";
    public const string Revoked = "Адресу відкликано: календарні програми більше не отримають за нею терміни.";
    public const string Active = "Чинні адреси";
    public const string NoFeeds = "Чинних адрес немає.";
    public const string CreatedOn = "Створено";
    public const string NotYours = "Цей підрозділ не ваш.";
}
