namespace AntiCor.Core.Domain;

/// <summary>A numbered direction (напрям) of a programme, grouping its measures.</summary>
public sealed class Direction : ITenantOwned, IVersioned
{
    private readonly List<Measure> _measures = [];

    private Direction() { }

    internal Direction(Programme programme, int number, string title)
    {
        if (number < 1)
        {
            throw new DomainException("Номер напряму має бути додатним.");
        }

        Id = Guid.CreateVersion7();
        ProgrammeId = programme.Id;
        OrganizationId = programme.OrganizationId;
        Number = number;
        Title = Guard.NotBlank(title, "Назва напряму");
    }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public int Version { get; private set; }
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<Measure> Measures => _measures;

    public void Rename(string title) => Title = Guard.NotBlank(title, "Назва напряму");

    /// <summary>The number the next measure added to this direction gets: one past the highest.</summary>
    public string NextMeasureNumber() =>
        $"{Number}.{(_measures.Count == 0 ? 1 : _measures.Max(m => int.TryParse(m.Number.Split('.').Last(), out var n) ? n : 0) + 1)}";

    /// <summary>Removes a measure; the others keep their numbers, as an amending act that deletes a point does.</summary>
    public void RemoveMeasure(Measure measure)
    {
        if (!_measures.Remove(measure))
        {
            throw new DomainException($"Заходу {measure.Number} немає в напрямі {Number}.");
        }
    }

    /// <summary>Takes a measure kept through an update from a corrected document, at the number and place the document gives it.</summary>
    internal void Place(Measure measure, string number, int position)
    {
        measure.MoveTo(this, number, position);
        if (!_measures.Contains(measure))
        {
            _measures.Add(measure);
        }
    }

    internal void Receive(Measure measure)
    {
        measure.MoveTo(this, NextMeasureNumber(), _measures.Count == 0 ? 1 : _measures.Max(m => m.Position) + 1);
        _measures.Add(measure);
    }

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
