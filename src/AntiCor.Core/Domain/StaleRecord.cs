namespace AntiCor.Core.Domain;

/// <summary>Another user saved the record after this form was opened: nothing was overwritten.</summary>
public static class StaleRecord
{
    public const string Message = "Запис змінив інший користувач — оновіть сторінку.";

    public static DomainException Refusal() => new(Message);
}
