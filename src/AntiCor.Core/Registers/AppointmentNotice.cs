using AntiCor.Core.Domain;

namespace AntiCor.Core.Registers;

/// <summary>
/// A notice to the department of a candidate for a position (measure 3.1): it must reach the
/// department at least <see cref="RequiredDays"/> calendar days before the planned appointment.
/// The required days are taken from the programme's register link when the notice is recorded,
/// so a later change of the setting does not rewrite past violations.
/// </summary>
public sealed class AppointmentNotice : ITenantOwned, IVersioned, IPersonalRecord
{
    public const int DefaultRequiredDays = 5;

    private AppointmentNotice() { }

    public AppointmentNotice(Guid organizationId, Guid orgUnitId, int requiredDays)
    {
        Id = Guid.CreateVersion7();
        OrganizationId = organizationId;
        OrgUnitId = orgUnitId;
        RequiredDays = requiredDays;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid OrgUnitId { get; private set; }
    public string? CandidateName { get; private set; }
    public string Position { get; private set; } = "";

    /// <summary>The position's category under Article 3 of the Law on Prevention of Corruption (e.g. «п. 1 ч. 1 ст. 3»).</summary>
    public string Category { get; private set; } = "";
    public DateOnly NoticeReceivedOn { get; private set; }
    public DateOnly PlannedAppointmentOn { get; private set; }
    public int RequiredDays { get; private set; }
    public DateTime? ErasedAtUtc { get; private set; }
    public int Version { get; private set; }

    /// <summary>Calendar days between the notice and the appointment (kept, so that lists filter violations in the query).</summary>
    public int DaysBefore { get; private set; }

    public bool IsLate => DaysBefore < RequiredDays;

    public int DaysMissing => Math.Max(0, RequiredDays - DaysBefore);

    public void Edit(Guid orgUnitId, string candidateName, string position, string category, DateOnly noticeReceivedOn, DateOnly plannedAppointmentOn)
    {
        RegisterDates.NotBefore(plannedAppointmentOn, noticeReceivedOn, RegisterWords.AppointmentBeforeNotice);
        OrgUnitId = orgUnitId;
        CandidateName = Guard.NotBlank(candidateName, "Кандидат");
        Position = Guard.NotBlank(position, "Посада");
        Category = Guard.NotBlank(category, "Категорія посади");
        NoticeReceivedOn = noticeReceivedOn;
        PlannedAppointmentOn = plannedAppointmentOn;
        DaysBefore = plannedAppointmentOn.DayNumber - noticeReceivedOn.DayNumber;
    }

    public DateOnly RecordedOn => NoticeReceivedOn;

    public void ErasePersonalData(DateTime atUtc)
    {
        CandidateName = null;
        ErasedAtUtc = atUtc;
    }
}
