using AntiCor.Core.Domain;

namespace AntiCor.Core.Reporting;

/// <summary>
/// A day off for the whole country (Labour Code, art. 73), kept per deployment: the deployment
/// administrator adds the transferred days the Cabinet announces and removes what martial law
/// suspends. Due dates that must fall on working days move past these.
/// </summary>
public sealed class PublicHoliday
{
    private PublicHoliday() { }

    public PublicHoliday(DateOnly date, string name)
    {
        Id = Guid.CreateVersion7();
        Date = date;
        Name = Guard.NotBlank(name, "Назва свята");
    }

    public Guid Id { get; private set; }
    public DateOnly Date { get; private set; }
    public string Name { get; private set; } = "";

    public void Rename(string name) => Name = Guard.NotBlank(name, "Назва свята");
}
