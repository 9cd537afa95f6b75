using AntiCor.Core.Domain;

namespace AntiCor.Core.Programmes.Advice;

/// <summary>
/// The coordinator's decision that a piece of advice does not apply to a measure, with the reason:
/// the advice is no longer shown for it. Once per measure and kind.
/// </summary>
public sealed class MeasureAdviceDismissal : ITenantOwned
{
    public const int ReasonMinLength = 3;
    public const int ReasonMaxLength = 1000;

    private MeasureAdviceDismissal() { }

    public MeasureAdviceDismissal(Guid organizationId, Guid measureId, MeasureAdviceKind kind, string reason, Guid dismissedBy, DateTime atUtc)
    {
        var text = reason.Trim();
        if (text.Length < ReasonMinLength)
        {
            throw new DomainException("Напишіть, чому ця порада не стосується заходу.");
        }

        if (text.Length > ReasonMaxLength)
        {
            throw new DomainException($"Причина задовга: не більше {ReasonMaxLength} символів.");
        }

        Id = Guid.CreateVersion7();
        OrganizationId = organizationId;
        MeasureId = measureId;
        Kind = kind;
        Reason = text;
        DismissedBy = dismissedBy;
        DismissedAtUtc = atUtc;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid MeasureId { get; private set; }
    public MeasureAdviceKind Kind { get; private set; }
    public string Reason { get; private set; } = "";
    public Guid DismissedBy { get; private set; }
    public DateTime DismissedAtUtc { get; private set; }
}
