using AntiCor.Core.Domain;
using AntiCor.Core.Security;

namespace AntiCor.Core.Tests.Security;

public sealed class RoleGrantTests
{
    private static readonly Guid Grantee = Guid.NewGuid();
    private static readonly Guid Requester = Guid.NewGuid();
    private static readonly DateTime At = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);

    private static RoleGrant Pending() => new(Grantee, Guid.NewGuid(), Roles.Coordinator, Requester, At);

    [Fact]
    public void The_requester_cannot_confirm_their_own_request()
    {
        var grant = Pending();

        Assert.Throws<DomainException>(() => grant.Confirm(Requester, At));
        Assert.Equal(RoleGrantState.Pending, grant.State);
    }

    [Fact]
    public void The_grantee_cannot_confirm_their_own_role()
    {
        Assert.Throws<DomainException>(() => Pending().Confirm(Grantee, At));
    }

    [Fact]
    public void A_second_person_confirms_once_and_the_membership_is_the_requested_role()
    {
        var grant = Pending();
        var second = Guid.NewGuid();

        var membership = grant.Confirm(second, At.AddHours(1));

        Assert.Equal((Grantee, Roles.Coordinator), (membership.UserId, membership.Role));
        Assert.Equal((RoleGrantState.Confirmed, second, At.AddHours(1)), (grant.State, grant.DecidedById, grant.DecidedAt));
        Assert.Throws<DomainException>(() => grant.Refuse(Guid.NewGuid(), At));
    }

    [Fact]
    public void Executor_and_administrator_roles_are_not_held_for_confirmation()
    {
        Assert.Throws<DomainException>(() => new RoleGrant(Grantee, Guid.NewGuid(), Roles.Executor, Requester, At));
        Assert.Throws<DomainException>(() => new RoleGrant(Grantee, Guid.NewGuid(), Roles.Administrator, Requester, At));
    }
}
