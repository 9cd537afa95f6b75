using System.Net;
using AntiCor.Core.Registers;
using AntiCor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AntiCor.Web.Tests.Features.Registers.RegisterImportSteps;

namespace AntiCor.Web.Tests.Features.Registers;

/// <summary>
/// Training events and consultations imported from XLSX in the columns of their exports: an export
/// imports back field for field (the participants, counted in the export, are added on the event's
/// page); dates in the wrong order and hours out of range are named; nothing is stored. Dates in 2047.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class TrainingsImportTests(AntiCorFactory factory)
{
    private static string Fields(TrainingEvent t) => string.Join("|", t.Topic, t.Organiser, t.StartsOn, t.EndsOn, t.Hours);

    private static string Fields(Consultation c) => string.Join("|", c.OrgUnitId, c.PersonName, c.AskedOn, c.Question, c.Answer, c.AnsweredOn);

    [Fact]
    public async Task Exported_training_events_import_back_field_for_field_without_participants()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var token = Guid.NewGuid().ToString("N");
        await RegisterScene.PostAsync(scene.Coordinator, "/registers/trainings/edit", new()
        {
            ["Input.Topic"] = $"Конфлікт інтересів: як повідомити {token}", ["Input.Organiser"] = "НАЗК",
            ["Input.StartsOn"] = "14.05.2047", ["Input.EndsOn"] = "", ["Input.Hours"] = "4",
        }, HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, "/registers/trainings/edit", new()
        {
            ["Input.Topic"] = $"Декларування для новопризначених {token}", ["Input.Organiser"] = "Школа вищого корпусу державної служби",
            ["Input.StartsOn"] = "20.05.2047", ["Input.EndsOn"] = "22.05.2047", ["Input.Hours"] = "18",
        }, HttpStatusCode.Redirect);
        var originals = await factory.QueryAsync(db => db.TrainingEvents.AsNoTracking().Where(t => t.Topic.EndsWith(token)).ToListAsync());

        var review = await UploadAsync(scene.Coordinator, "trainings", "trainings.xlsx", await ExportAsync(scene.Coordinator, $"/registers/trainings?q={token}"));
        Assert.Equal(2, review.All("tr[data-line][data-valid=True]").Count);
        Assert.Equal(2, await factory.QueryAsync(db => db.TrainingEvents.CountAsync(t => t.Topic.EndsWith(token))));
        using var saved = await SaveAsync(scene.Coordinator, "trainings", Draft(review));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/registers/trainings", saved.Headers.Location!.OriginalString);
        var imported = (await factory.QueryAsync(db => db.TrainingEvents.AsNoTracking().Include(t => t.Participants).Where(t => t.Topic.EndsWith(token)).ToListAsync()))
            .Where(t => originals.All(o => o.Id != t.Id)).ToList();
        Assert.Equal(originals.Select(Fields).Order(), imported.Select(Fields).Order());
        Assert.All(imported, t => Assert.Empty(t.Participants));
    }

    [Fact]
    public async Task Exported_consultations_import_back_field_for_field_into_the_consultations_list()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        await RegisterScene.PostAsync(scene.Coordinator, "/registers/trainings/consultations/edit", new()
        {
            ["Input.OrgUnitId"] = scene.UnitId.ToString(), ["Input.PersonName"] = "Бойко Тарас", ["Input.AskedOn"] = "03.06.2047",
            ["Input.Question"] = "Чи є подарунок від учня конфліктом інтересів?", ["Input.Answer"] = "Ні, якщо вартість не перевищує межі", ["Input.AnsweredOn"] = "05.06.2047",
        }, HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, "/registers/trainings/consultations/edit", new()
        {
            ["Input.OrgUnitId"] = scene.UnitId.ToString(), ["Input.PersonName"] = "", ["Input.AskedOn"] = "10.06.2047",
            ["Input.Question"] = "Як повідомити про суміщення?", ["Input.Answer"] = "", ["Input.AnsweredOn"] = "",
        }, HttpStatusCode.Redirect);
        var originals = await factory.QueryAsync(db => db.Consultations.AsNoTracking().Where(c => c.OrgUnitId == scene.UnitId).ToListAsync());

        var list = await HtmlPage.GetAsync(scene.Coordinator, "/registers/trainings/consultations");
        Assert.Equal("/registers/consultations/import", list.Single("a[data-import]").GetAttribute("href"));
        var review = await UploadAsync(scene.Coordinator, "consultations", "consultations.xlsx",
            await ExportAsync(scene.Coordinator, $"/registers/trainings/consultations?unit={scene.UnitId}"));
        Assert.Equal(2, review.All("tr[data-line][data-valid=True]").Count);
        using var saved = await SaveAsync(scene.Coordinator, "consultations", Draft(review));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/registers/trainings/consultations", saved.Headers.Location!.OriginalString);
        var imported = (await factory.QueryAsync(db => db.Consultations.AsNoTracking().Where(c => c.OrgUnitId == scene.UnitId).ToListAsync()))
            .Where(c => originals.All(o => o.Id != c.Id)).ToList();
        Assert.Equal(originals.Select(Fields).Order(), imported.Select(Fields).Order());
    }

    [Fact]
    public async Task An_event_ending_before_it_starts_hours_out_of_range_or_an_answer_before_the_question_are_named_and_nothing_is_stored()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var unit = await factory.QueryAsync(db => db.OrgUnits.Where(u => u.Id == scene.UnitId).Select(u => u.Name).SingleAsync());
        var token = Guid.NewGuid().ToString("N");
        var events = Workbook(
            ["topic", "organiser", "startsOn", "endsOn", "hours", "participants"],
            [$"Вебінар {token}", "НАЗК", "10.09.2047", "", "2", "15"],
            [$"Семінар {token}", "НАЗК", "10.09.2047", "09.09.2047", "6", ""],
            [$"Тренінг {token}", "НАЗК", "11.09.2047", "", "0", ""]);
        var consultations = Workbook(
            ["unit", "askedOn", "question", "answer", "answeredOn"],
            [unit, "12.09.2047", "Питання", "Відповідь", "11.09.2047"],
            [unit, "12.09.2047", "Питання", "", "13.09.2047"]);

        var eventsReview = await UploadAsync(scene.Coordinator, "trainings", "реєстр.xlsx", events);
        var consultationsReview = await UploadAsync(scene.Coordinator, "consultations", "реєстр.xlsx", consultations);

        Assert.Equal("True", eventsReview.Single("tr[data-line='2']").GetAttribute("data-valid"));
        Assert.Contains($"Рядок 3, «Дата завершення, якщо захід тривав кілька днів (дд.мм.рррр)»: {RegisterWords.TrainingEndsBeforeStart}",
            HtmlPage.Text(eventsReview.Single("tr[data-line='3'] [data-line-errors]")), StringComparison.Ordinal);
        Assert.Contains($"Рядок 4, «Тривалість, годин»: {RegisterWords.TrainingHoursRange}", HtmlPage.Text(eventsReview.Single("tr[data-line='4'] [data-line-errors]")), StringComparison.Ordinal);
        Assert.Contains($"Рядок 2, «Відповідь»: {RegisterWords.AnswerBeforeQuestion}", HtmlPage.Text(consultationsReview.Single("tr[data-line='2'] [data-line-errors]")), StringComparison.Ordinal);
        Assert.Contains($"Рядок 3, «Надана відповідь»: {RegisterWords.AnsweredWithoutAnswer}", HtmlPage.Text(consultationsReview.Single("tr[data-line='3'] [data-line-errors]")), StringComparison.Ordinal);
        using var forced = await SaveAsync(scene.Coordinator, "trainings", Draft(eventsReview));
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.TrainingEvents.AnyAsync(t => t.Topic.EndsWith(token))));
        Assert.False(await factory.QueryAsync(db => db.Consultations.AnyAsync(c => c.OrgUnitId == scene.UnitId)));

        var missing = await UploadAsync(scene.Coordinator, "trainings", "реєстр.xlsx", Workbook(["Тема", "Організатор", "Місце"], ["Тренінг", "НАЗК", "Зала 2"]));
        Assert.Contains("бракує обов'язкових стовпців «startsOn», «hours»; невідомі стовпці «Місце»", missing.Single("[data-file-error]").TextContent, StringComparison.Ordinal);
    }
}
