using AntiCor.Core.Domain;

namespace AntiCor.Core.Security;

/// <summary>
/// A role a user holds in one organisation. A person may work for several bodies (a city council
/// and its communal enterprise) with different roles in each; what they see follows the
/// organisation they are acting for. Not filtered by the tenant scope (it is read at sign-in, before
/// the request has an organisation): every query of memberships names its organisation itself.
/// </summary>
public sealed class Membership
{
    private Membership() { }

    public Membership(Guid userId, Guid organizationId, string role)
    {
        if (!Roles.All.Contains(role))
        {
            throw new DomainException($"Невідома роль «{role}». Можливі: {string.Join(", ", Roles.All.Select(Roles.Ukrainian))}.");
        }

        Id = Guid.CreateVersion7();
        UserId = userId;
        OrganizationId = organizationId;
        Role = role;
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string Role { get; private set; } = "";
}
