namespace AntiCor.Core.Domain;

/// <summary>A numbered direction (напрям) of a programme, grouping its measures.</summary>
public sealed class Direction
{
    private readonly List<Measure> _measures = [];

    private Direction() { }

    internal Direction(Guid programmeId, int number, string title)
    {
        if (number < 1)
        {
            throw new DomainException("Номер напряму має бути додатним.");
        }

        Id = Guid.CreateVersion7();
        ProgrammeId = programmeId;
        Number = number;
        Title = Guard.NotBlank(title, "Назва напряму");
    }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<Measure> Measures => _measures;

    public Measure AddMeasure(string number, string text, Term term)
    {
        if (_measures.Any(m => m.Number == number))
        {
            throw new DomainException($"Захід {number} уже є в напрямі {Number}.");
        }

        var measure = new Measure(this, number, text, term, _measures.Count + 1);
        _measures.Add(measure);
        return measure;
    }
}
