namespace AntiCor.Core.Domain;

/// <summary>A body that adopts programmes: a council, an oblast administration, a communal enterprise.</summary>
public sealed class Organization
{
    private Organization() { }

    public Organization(string name)
    {
        Id = Guid.CreateVersion7();
        Name = Guard.NotBlank(name, "Назва організації");
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
}
