using AntiCor.Core.Domain;

namespace AntiCor.Core.Registers;

/// <summary>A corruption-risk factor of the coordinator's catalogue, named in draft-act conclusions.</summary>
public sealed class RiskFactor : ITenantOwned, IVersioned
{
    private RiskFactor() { }

    public RiskFactor(Guid organizationId, string name)
    {
        Id = Guid.CreateVersion7();
        OrganizationId = organizationId;
        Name = Guard.NotBlank(name, "Назва чинника");
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string Name { get; private set; } = "";
    public int Version { get; private set; }
}
