namespace AntiCor.Web.Features.Units;

/// <summary>The words of an executor's page.</summary>
public static class DetailsText
{
    public const string Kind = "Тип";
    public const string Organization = "Орган";
    public const string Aliases = "Як названо в документах";
    public const string NoAliases = "лише так, як у заголовку";
    public const string Coordinates = "Координує програми";
    public const string Measures = "Заходи, які виконує";
    public const string MeasureCount = "Усього заходів";
    public const string NoMeasures = "Цей виконавець не названий у жодному заході.";
    public const string Number = "№";
    public const string Measure = "Захід";
    public const string Term = "Термін виконання";
    public const string Open = "до заходу в програмі";
    public const string MeasuresOf = "Заходи програми";
}
