namespace AntiCor.Core.Domain;

/// <summary>
/// A body that adopts programmes and is one tenant of a deployment: a council, an oblast
/// administration, a communal enterprise. Bodies nest (oblast → hromada → enterprise); every
/// tenant-owned record carries its organisation, and its public pages live under /o/{slug}/.
/// </summary>
public sealed class Organization : IVersioned
{
    private Organization() { }

    public Organization(string name, OrganizationKind kind, string slug, string? code = null)
    {
        Id = Guid.CreateVersion7();
        Name = Guard.NotBlank(name, "Назва організації");
        Kind = kind;
        Slug = OrganizationSlug.Validated(slug);
        Code = string.IsNullOrWhiteSpace(code) ? null : EdrpouCode.Validated(code);
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>Names the body had before, oldest first: documents and citizens still use them.</summary>
    public List<string> FormerNames { get; private set; } = [];

    public OrganizationKind Kind { get; private set; }

    /// <summary>ЄДРПОУ code; null only for an organisation made from a document, until an administrator sets it.</summary>
    public string? Code { get; private set; }

    /// <summary>КАТОТТГ code of a hromada (optional).</summary>
    public string? Katottg { get; private set; }

    public Guid? ParentId { get; private set; }
    public string Slug { get; private set; } = "";
    public string? ContactEmail { get; private set; }

    /// <summary>Who answers for the open data set (the passport's contact point), e.g. a department or an official; null until set.</summary>
    public string? ContactName { get; private set; }
    public int Version { get; private set; }

    public void Rename(string name)
    {
        var text = Guard.NotBlank(name, "Назва організації");
        if (text == Name)
        {
            return;
        }

        FormerNames.Remove(text);
        FormerNames.Add(Name);
        Name = text;
    }

    public void SetCode(string? code) => Code = string.IsNullOrWhiteSpace(code) ? null : EdrpouCode.Validated(code);

    public void SetKatottg(string? code)
    {
        var text = code?.Trim();
        if (!string.IsNullOrEmpty(text) && !System.Text.RegularExpressions.Regex.IsMatch(text, "^UA[0-9]{17}$"))
        {
            throw new DomainException("Код КАТОТТГ має вигляд UA і 17 цифр.");
        }

        Katottg = string.IsNullOrEmpty(text) ? null : text;
    }

    public void SetParent(Organization? parent)
    {
        if (parent?.Id == Id)
        {
            throw new DomainException("Організація не може бути батьківською для самої себе.");
        }

        ParentId = parent?.Id;
    }

    public void SetContactEmail(string? email)
    {
        var text = email?.Trim();
        if (!string.IsNullOrEmpty(text) && (text.Length > 254 || !text.Contains('@', StringComparison.Ordinal) || text.StartsWith('@') || text.EndsWith('@')))
        {
            throw new DomainException("Контактна електронна адреса має вигляд name@example.gov.ua.");
        }

        ContactEmail = string.IsNullOrEmpty(text) ? null : text;
    }

    public void SetContactName(string? name)
    {
        var text = name?.Trim();
        if (text is { Length: > 200 })
        {
            throw new DomainException("Контактна особа — не довше за 200 символів.");
        }

        ContactName = string.IsNullOrEmpty(text) ? null : text;
    }

    public bool IsKnownAs(string name) =>
        string.Equals(Name, name.Trim(), StringComparison.OrdinalIgnoreCase)
        || FormerNames.Any(n => string.Equals(n, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
