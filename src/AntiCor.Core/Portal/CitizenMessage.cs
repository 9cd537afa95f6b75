using AntiCor.Core.Domain;

namespace AntiCor.Core.Portal;

/// <summary>
/// «Повідомити про неточність»: a short message a reader of the public portal sent about a measure.
/// It waits in the coordinator's moderation queue and is never published by itself; the
/// coordinator marks it handled. No name or address of the sender is kept.
/// </summary>
public sealed class CitizenMessage : ITenantOwned, IVersioned
{
    public const int MaxLength = 1000;

    private CitizenMessage() { }

    public CitizenMessage(Guid organizationId, Guid measureId, string text, DateTime receivedAtUtc)
    {
        var clean = Guard.NotBlank(text, "Повідомлення");
        if (clean.Length > MaxLength)
        {
            throw new DomainException($"Повідомлення задовге: не більше {MaxLength} символів (зараз {clean.Length}).");
        }

        Id = Guid.CreateVersion7();
        OrganizationId = organizationId;
        MeasureId = measureId;
        Text = clean;
        ReceivedAtUtc = receivedAtUtc;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid MeasureId { get; private set; }
    public string Text { get; private set; } = "";
    public DateTime ReceivedAtUtc { get; private set; }
    public DateTime? HandledAtUtc { get; private set; }
    public Guid? HandledById { get; private set; }
    public int Version { get; private set; }

    public bool IsHandled => HandledAtUtc is not null;

    public void MarkHandled(Guid by, DateTime atUtc)
    {
        if (IsHandled)
        {
            throw new DomainException("Це повідомлення вже розглянуто.");
        }

        HandledAtUtc = atUtc;
        HandledById = by;
    }
}
