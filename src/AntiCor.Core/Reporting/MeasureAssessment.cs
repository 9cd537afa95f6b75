using AntiCor.Core.Domain;

namespace AntiCor.Core.Reporting;

/// <summary>
/// The department's word on a measure for a period: its verdict, and — when it differs from what
/// the executors' accepted reports give — the status it sets instead, with the reason.
/// </summary>
public sealed class MeasureAssessment : ITenantOwned, IVersioned
{
    private MeasureAssessment() { }

    public MeasureAssessment(ReportingPeriod period, Guid measureId)
    {
        Id = Guid.CreateVersion7();
        OrganizationId = period.OrganizationId;
        PeriodId = period.Id;
        MeasureId = measureId;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid PeriodId { get; private set; }
    public Guid MeasureId { get; private set; }
    public Verdict? Verdict { get; private set; }
    public MeasureStatus? StatusOverride { get; private set; }
    public string? OverrideReason { get; private set; }
    public Guid? AssessedById { get; private set; }
    public DateTime? AssessedAtUtc { get; private set; }
    public int Version { get; private set; }

    public void Give(Verdict verdict, Guid by, DateTime atUtc)
    {
        Verdict = verdict;
        AssessedById = by;
        AssessedAtUtc = atUtc;
    }

    public void OverrideStatus(MeasureStatus? status, string? reason, Guid by, DateTime atUtc)
    {
        if (status is not null && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Щоб змінити статус заходу, вкажіть причину.");
        }

        StatusOverride = status;
        OverrideReason = status is null ? null : reason!.Trim();
        AssessedById = by;
        AssessedAtUtc = atUtc;
    }
}
