namespace AntiCor.Core.Domain;

/// <summary>A record that belongs to one organisation; queries outside public pages see only the current one's.</summary>
public interface ITenantOwned
{
    Guid OrganizationId { get; }
}
