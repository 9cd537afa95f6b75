namespace AntiCor.Core.Domain;

/// <summary>
/// One edition of a programme: the whole programme as it stood after a change, in the open-data
/// contract form, with who made the change, when, and under which act. Editions are never
/// changed, so every earlier edition stays viewable and comparable.
/// </summary>
public sealed class ProgrammeEdition : ITenantOwned
{
    private ProgrammeEdition() { }

    public ProgrammeEdition(Guid programmeId, Guid organizationId, int number, DateTime createdAtUtc, string createdBy, string summary, AmendingAct? act, string snapshot)
    {
        Id = Guid.CreateVersion7();
        ProgrammeId = programmeId;
        OrganizationId = organizationId;
        Number = number;
        CreatedAtUtc = createdAtUtc;
        CreatedBy = createdBy;
        Summary = summary;
        Act = act?.Validated();
        Snapshot = snapshot;
    }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public int Number { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public AmendingAct? Act { get; private set; }

    /// <summary>The programme after this change, as contract JSON.</summary>
    public string Snapshot { get; private set; } = "";
}
