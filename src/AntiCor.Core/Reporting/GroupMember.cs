using AntiCor.Core.Domain;

namespace AntiCor.Core.Reporting;

/// <summary>
/// A unit that belongs to an executor group ("виконавчі органи" → each executive body): a measure
/// given to the group obliges each member.
/// </summary>
public sealed class GroupMember : ITenantOwned
{
    private GroupMember() { }

    public GroupMember(OrgUnit group, OrgUnit member)
    {
        if (group.Kind != ExecutorKind.Group)
        {
            throw new DomainException($"«{group.Name}» не є групою виконавців.");
        }

        if (member.Kind is not (ExecutorKind.Unit or ExecutorKind.Position) || member.OrganizationId != group.OrganizationId)
        {
            throw new DomainException($"До групи можна додати лише підрозділ тієї ж організації; «{member.Name}» ним не є.");
        }

        Id = Guid.CreateVersion7();
        OrganizationId = group.OrganizationId;
        GroupId = group.Id;
        MemberId = member.Id;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid GroupId { get; private set; }
    public Guid MemberId { get; private set; }
}
