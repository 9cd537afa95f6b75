namespace AntiCor.Web.Features.Audit;

/// <summary>The words of the audit pages.</summary>
public static class AuditText
{
    public const string Title = "Журнал аудиту";
    public const string Lead = "Кожна зміна даних і кожна важлива дія записуються сюди в тій самій транзакції, що й сама зміна. Записи лише додаються; кожен містить хеш попереднього, тож зміну чи видалення будь-якого запису видно під час перевірки.";
    public const string Filters = "Фільтри";
    public const string From = "З дати";
    public const string To = "По дату";
    public const string DateHint = "дд.мм.рррр";
    public const string Actor = "Хто";
    public const string Action = "Дія";
    public const string AnyAction = "будь-яка";
    public const string AnyType = "будь-який";
    public const string EntityType = "Тип об’єкта";
    public const string EntityId = "Ідентифікатор об’єкта";
    public const string Apply = "Показати";
    public const string Reset = "Скинути фільтри";
    public const string Caption = "Записи журналу аудиту, від новіших до старіших";
    public const string Number = "№";
    public const string Time = "Час (Київ)";
    public const string Ip = "IP";
    public const string Entity = "Об’єкт";
    public const string Changes = "Зміни";
    public const string NoRows = "Записів, що відповідають фільтрам, немає.";
    public const string Newer = "← Новіші";
    public const string Older = "Старіші →";
    public const string PageLabel = "Сторінка";
    public const string Pages = "Сторінки журналу";
    public const string History = "історія об’єкта";
    public const string EntityTitle = "Історія об’єкта";
    public const string BackToTrail = "До всього журналу";
    public const string BadDate = "Дату введіть у форматі дд.мм.рррр, наприклад 27.11.2026.";
    public const string BadRange = "Дата «по» не може бути раніше за дату «з».";
    public const string VerifyTitle = "Перевірка ланцюжка";
    public const string VerifyLead = "Перерахувати хеші всіх записів від першого й звірити з опублікованими контрольними точками.";
    public const string Verify = "Перевірити ланцюжок";
    public const string Intact = "Ланцюжок цілий: перевірено записів";
    public const string Broken = "Ланцюжок пошкоджено: запис №";
    public const string IntactAgainst = "Збігається з опублікованими контрольними точками";
    public const string Checkpoints = "Контрольні точки";
    public const string Publish = "Опублікувати контрольну точку зараз";
    public const string Empty = "(порожньо)";
    public const string None = "—";

    public static string ActionName(string action) => action switch
    {
        "created" => "створено",
        "updated" => "змінено",
        "deleted" => "видалено",
        "signed-in" => "вхід",
        "sign-in-failed" => "невдалий вхід",
        "signed-out" => "вихід",
        "role-changed" => "змінено роль",
        "exported" => "вивантажено",
        "evidence-downloaded" => "завантажено докази",
        _ => action,
    };
}
