namespace AntiCor.Core.Reporting;

/// <summary>The Ukrainian words for the reporting vocabulary, in one place: pages, letters and reports use these.</summary>
public static class ReportingWords
{
    public static string Of(MeasureStatus status) => status switch
    {
        MeasureStatus.NotStarted => "Не розпочато",
        MeasureStatus.InProgress => "Виконується",
        MeasureStatus.Done => "Виконано",
        MeasureStatus.PartlyDone => "Виконано частково",
        MeasureStatus.NotDone => "Не виконано",
        _ => "Втратив актуальність",
    };

    public static string Of(MessageType type) => type == MessageType.Progress
        ? "Повідомлення про прогрес"
        : "Повідомлення про результат";

    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.OnTimeAndInFull => "виконано вчасно та в повному обсязі",
        Verdict.Progress => "є прогрес у виконанні",
        Verdict.NotOnTimeOrNotInFull => "не виконано вчасно та в повному обсязі",
        _ => "інформацію не подано",
    };

    public static string Of(ObligationState state) => state switch
    {
        ObligationState.Missing => "не подано",
        ObligationState.Draft => "чернетка",
        ObligationState.Submitted => "на розгляді",
        ObligationState.Returned => "повернуто",
        _ => "прийнято",
    };

    public static string Of(ReportState state) => state switch
    {
        ReportState.Draft => "чернетка",
        ReportState.Submitted => "подано",
        ReportState.Returned => "повернуто на доопрацювання",
        ReportState.Accepted => "прийнято",
        _ => "замінено новою версією",
    };

    /// <summary>A board cell whose report came after the due date, or is still missing past it.</summary>
    public const string Late = "із запізненням";

    /// <summary>The measure's status when nothing has been accepted yet.</summary>
    public const string NoStatus = "немає прийнятих звітів";

    /// <summary>A period the department has closed (consolidated), and one still open.</summary>
    public static string PeriodClosed(bool closed) => closed ? "закрито" : "відкрито";

    /// <summary>"3 дні", "1 день", "11 днів".</summary>
    public static string Days(int n)
    {
        var abs = Math.Abs(n);
        var word = (abs % 100) is >= 11 and <= 14 ? "днів" : (abs % 10) switch
        {
            1 => "день",
            2 or 3 or 4 => "дні",
            _ => "днів",
        };
        return $"{n} {word}";
    }
}
