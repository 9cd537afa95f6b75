using System.Text.RegularExpressions;
using AntiCor.Core.Domain;

namespace AntiCor.Core.Programmes.Advice;

/// <summary>
/// Advice per measure where NACP's methodology for anti-corruption programmes would call it
/// unmeasurable (<see cref="MeasureAdviceKind"/>), in the order the kinds are declared.
/// </summary>
public static partial class MeasureAdvice
{
    public static IReadOnlyList<MeasureAdviceKind> For(MeasureFacts measure)
    {
        var advice = new List<MeasureAdviceKind>();
        if (!measure.HasIndicators && !measure.HasExpectedResult)
        {
            advice.Add(MeasureAdviceKind.NotMeasurable);
        }

        var text = measure.Text.Trim().ToLowerInvariant();
        if (OneOffVerb().IsMatch(text) && SpansTheProgramme(measure))
        {
            advice.Add(MeasureAdviceKind.OneOffOverWholeProgramme);
        }

        if (VagueVerb().IsMatch(text))
        {
            advice.Add(MeasureAdviceKind.VagueVerb);
        }

        if (measure.Executors.Contains(ExecutorKind.Group) && !measure.Executors.Any(k => k is ExecutorKind.Unit or ExecutorKind.Position))
        {
            advice.Add(MeasureAdviceKind.GroupWithoutLead);
        }

        return advice;
    }

    /// <summary>The advice as the coordinator reads it.</summary>
    public static string Text(MeasureAdviceKind kind) => kind switch
    {
        MeasureAdviceKind.NotMeasurable => "Немає ні індикатора, ні очікуваного результату: за звітом не можна буде сказати, чи захід виконано. Визначте показник або очікуваний результат.",
        MeasureAdviceKind.OneOffOverWholeProgramme => "Разова дія (розробити, затвердити), а строк — увесь період програми: назвіть дату, до якої її буде зроблено.",
        MeasureAdviceKind.VagueVerb => "Нечітке дієслово без предмета («сприяти», «вивчити питання»): напишіть, що саме буде зроблено і з яким результатом.",
        MeasureAdviceKind.GroupWithoutLead => "Виконавцем названо лише групу без головного виконавця: визначте підрозділ, який відповідає за захід.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static bool SpansTheProgramme(MeasureFacts m) =>
        m.TermKind == TermKind.ProgrammePeriod
        || (m.TermKind == TermKind.Period && m.TermFrom is not null && m.TermFrom == m.ProgrammeFrom && m.TermTo is not null && m.TermTo == m.ProgrammeTo);

    // A measure that is done once: it opens with the verb of a single act (or its noun).
    [GeneratedRegex(@"^(розробити|розроблення|розробка|затвердити|затвердження|прийняти|прийняття|створити|створення|утворити|утворення|визначити|визначення|призначити|призначення|підготувати|підготовка|внести зміни|внесення змін)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OneOffVerb();

    // "Сприяти …", "активізувати роботу", "вивчити питання …", "розглянути можливість …": nothing a report could show as done.
    [GeneratedRegex(@"^(сприяти|сприяння|активізувати|активізація|посилити|посилення|покращити|покращення|удосконалити|вдосконалити|удосконалення|вдосконалення)\b|^(вивчити|вивчення|розглянути|розгляд|опрацювати|опрацювання)\s+(питанн|можливіст|можливост)", RegexOptions.CultureInvariant)]
    private static partial Regex VagueVerb();
}
