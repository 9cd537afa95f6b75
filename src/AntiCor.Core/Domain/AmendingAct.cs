namespace AntiCor.Core.Domain;

/// <summary>The later act under which a programme was changed: "розпорядження від 03.02.2020 № 15 «Про внесення змін…»".</summary>
public sealed record AmendingAct(string Kind, string Number, DateOnly Date, string? Title)
{
    public AmendingAct Validated()
    {
        if (string.IsNullOrWhiteSpace(Kind) || string.IsNullOrWhiteSpace(Number))
        {
            throw new DomainException("Для акта про зміни вкажіть вид і номер.");
        }

        return this with { Kind = Kind.Trim(), Number = Number.Trim(), Title = string.IsNullOrWhiteSpace(Title) ? null : Title.Trim() };
    }
}
