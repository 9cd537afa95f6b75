using AntiCor.Core.Domain;

namespace AntiCor.Core.Security;

public enum RoleGrantState
{
    Pending,
    Confirmed,
    Refused,
}

/// <summary>
/// A privileged role (Coordinator, Head, Auditor) an administrator asked for: it becomes a
/// membership only when a second person confirms it, so no single administrator can give
/// anyone — an account of their own making included — the power to edit the programme or the
/// audit trail. Not filtered by the tenant scope, like memberships: queries name the organisation.
/// </summary>
public sealed class RoleGrant
{
    private RoleGrant() { }

    public RoleGrant(Guid userId, Guid organizationId, string role, Guid requestedById, DateTime requestedAt)
    {
        if (!Roles.NeedConfirmation.Contains(role))
        {
            throw new DomainException($"Роль «{Roles.Ukrainian(role)}» надається без підтвердження.");
        }

        Id = Guid.CreateVersion7();
        UserId = userId;
        OrganizationId = organizationId;
        Role = role;
        RequestedById = requestedById;
        RequestedAt = requestedAt;
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string Role { get; private set; } = "";
    public Guid RequestedById { get; private set; }
    public DateTime RequestedAt { get; private set; }
    public RoleGrantState State { get; private set; }
    public Guid? DecidedById { get; private set; }
    public DateTime? DecidedAt { get; private set; }

    /// <summary>The membership the grant gives; the second person is neither the requester nor the grantee.</summary>
    public Membership Confirm(Guid by, DateTime at)
    {
        Decide(by, at, RoleGrantState.Confirmed);
        return new Membership(UserId, OrganizationId, Role);
    }

    public void Refuse(Guid by, DateTime at) => Decide(by, at, RoleGrantState.Refused);

    private void Decide(Guid by, DateTime at, RoleGrantState state)
    {
        if (State != RoleGrantState.Pending)
        {
            throw new DomainException("Цей запит уже розглянуто.");
        }

        if (by == RequestedById || by == UserId)
        {
            throw new DomainException("Запит підтверджує інша людина: не той, хто його подав, і не той, кому надається роль.");
        }

        State = state;
        DecidedById = by;
        DecidedAt = at;
    }
}
