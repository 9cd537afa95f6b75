namespace AntiCor.Core.Domain;

/// <summary>
/// An executor of measures: a unit of the organization, a group of units, or an external party.
/// Documents spell one unit in several ways; every spelling seen is kept as an alias.
/// </summary>
public sealed class OrgUnit : ITenantOwned, IVersioned
{
    private readonly List<OrgUnitAlias> _aliases = [];

    private OrgUnit() { }

    public OrgUnit(Guid organizationId, string name, ExecutorKind kind)
    {
        Id = Guid.CreateVersion7();
        OrganizationId = organizationId;
        Name = Guard.NotBlank(name, "Назва підрозділу");
        NameKey = UnitNameKey.For(Name);
        Kind = kind;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The spelling-insensitive key that recognises this unit in later documents.</summary>
    public string NameKey { get; private set; } = "";

    public ExecutorKind Kind { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<OrgUnitAlias> Aliases => _aliases;

    public void AddAlias(string spelling)
    {
        var text = Guard.NotBlank(spelling, "Варіант назви");
        if (string.Equals(text, Name, StringComparison.OrdinalIgnoreCase)
            || _aliases.Any(a => string.Equals(a.Text, text, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        _aliases.Add(new OrgUnitAlias(text));
    }

    /// <summary>A new official name; the old one stays an alias, so documents that use it still find the unit.</summary>
    public void Rename(string name)
    {
        var previous = Name;
        Name = Guard.NotBlank(name, "Назва підрозділу");
        NameKey = UnitNameKey.For(Name);
        _aliases.RemoveAll(a => a.Key == NameKey);
        AddAlias(previous);
    }

    public bool IsKnownAs(string key) => NameKey == key || _aliases.Any(a => a.Key == key);
}

public sealed class OrgUnitAlias
{
    private OrgUnitAlias() { }

    internal OrgUnitAlias(string text)
    {
        Text = text;
        Key = UnitNameKey.For(text);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Text { get; private set; } = "";
    public string Key { get; private set; } = "";
}
