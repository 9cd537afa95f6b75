namespace AntiCor.Web.Jobs.Reminders;

/// <summary>An open obligation a reminder is about, with what a letter names.</summary>
public sealed record DueObligation(
    Guid Id,
    Guid OrganizationId,
    Guid OrgUnitId,
    string UnitName,
    string ProgrammeTitle,
    string PeriodLabel,
    DateOnly DueOn,
    string MeasureNumber);

/// <summary>One obligation at one step, for one recipient's letter.</summary>
public sealed record ReminderItem(DueObligation Obligation, ReminderStep Step, int DaysFromDue);

/// <summary>Where a letter goes.</summary>
public sealed record ReminderRecipient(Guid UserId, string Email, ReminderAudience Audience);
