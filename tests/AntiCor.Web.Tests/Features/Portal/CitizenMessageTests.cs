using System.Net;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Portal;

/// <summary>«Повідомити про неточність»: a reader's message lands in the coordinator's moderation queue and nowhere public.</summary>
[Collection(PortalCollection.Name)]
public sealed class CitizenMessageTests(PortalApp fixture)
{
    private const string Org = PortalApp.Org;

    private async Task<string> CardAsync(int index)
    {
        var programme = await fixture.ProgrammeIdAsync();
        var measure = (await fixture.LeadObligationAsync(index)).MeasureId;
        return $"{Org}/programmes/{programme}/measures/{measure}";
    }

    private Task<int> MessagesAsync(string text) => fixture.App.QueryAsync(db => db.CitizenMessages.CountAsync(m => m.Text == text));

    [Fact]
    public async Task A_readers_message_goes_to_the_moderation_queue_and_is_never_shown_on_the_card()
    {
        var card = await CardAsync(5);
        var anonymous = fixture.App.NewClient();
        const string text = "Термін виконання у документі інший: до 31.12.2020, а не щокварталу.";

        var response = await anonymous.PostFormAsync(card, new() { ["Message"] = text });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await MessagesAsync(text));
        var thanked = await HtmlPage.GetAsync(anonymous, response.Headers.Location!.OriginalString);
        Assert.NotNull(thanked.Document.QuerySelector("[data-message-sent]"));
        Assert.DoesNotContain("щокварталу.", thanked.Html);

        var coordinator = await fixture.CoordinatorAsync();
        var queue = await HtmlPage.GetAsync(coordinator, "/moderation");
        var item = Assert.Single(queue.All("[data-citizen-message]"), i => i.TextContent.Contains(text, StringComparison.Ordinal));
        var id = item.GetAttribute("data-citizen-message")!;
        response = await coordinator.PostFormAsync($"/moderation?handler=Handled&messageId={id}", [], "/moderation");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await fixture.App.QueryAsync(db => db.CitizenMessages.Where(m => m.Id == Guid.Parse(id)).Select(m => m.HandledAtUtc).SingleAsync()));
        Assert.DoesNotContain(text, (await HtmlPage.GetAsync(coordinator, "/moderation")).Html);
        Assert.Contains(text, (await HtmlPage.GetAsync(coordinator, "/moderation?all=true")).Html);
    }

    [Theory]
    [InlineData("   ", "Напишіть, що саме неточно")]
    [InlineData(null, "Повідомлення задовге: не більше 1000 символів")]
    public async Task An_empty_or_too_long_message_is_refused_in_words_the_text_is_kept_and_nothing_is_stored(string? text, string error)
    {
        var card = await CardAsync(6);
        var message = text ?? new string('ж', 1001);
        var before = await fixture.App.QueryAsync(db => db.CitizenMessages.CountAsync());

        var response = await fixture.App.NewClient().PostFormAsync(card, new() { ["Message"] = message });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains(error, page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal(message.Trim(), page.QuerySelector("textarea[name='Message']")!.TextContent.Trim());
        Assert.Equal(before, await fixture.App.QueryAsync(db => db.CitizenMessages.CountAsync()));
    }

    [Fact]
    public async Task An_english_reader_is_told_in_english_what_the_empty_message_lacks()
    {
        var card = await CardAsync(7);
        var english = fixture.App.NewClient();
        (await english.GetAsync("/language/en?returnUrl=%2F")).Dispose();

        var response = await english.PostFormAsync(card, new() { ["Message"] = " " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Describe what exactly is inaccurate", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Report an inaccuracy", page.QuerySelector("#report-inaccuracy-title")!.TextContent.Trim());
    }
}

/// <summary>The readers' messages are rate-limited per address: a host of its own with a limit of two.</summary>
public sealed class CitizenMessageLimitTests : IAsyncLifetime
{
    private readonly SharedDatabase _database = new();
    private NodeFactory _app = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _app = new NodeFactory(_database, settings: new Dictionary<string, string?>
        {
            ["RateLimits:CitizenMessage:PermitLimit"] = "2",
            ["RateLimits:CitizenMessage:WindowSeconds"] = "3600",
        }).Started();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_third_message_within_the_window_is_refused_with_429_and_not_stored()
    {
        var (programme, measure) = await _app.QueryAsync(async db =>
            (await db.Programmes.Select(p => p.Id).SingleAsync(), await db.Measures.Select(m => m.Id).FirstAsync()));
        var card = $"{PortalApp.Org}/programmes/{programme}/measures/{measure}";
        var client = _app.NewClient();

        var first = await client.PostFormAsync(card, new() { ["Message"] = "Перше повідомлення" });
        var second = await client.PostFormAsync(card, new() { ["Message"] = "Друге повідомлення" });
        var third = await client.PostFormAsync(card, new() { ["Message"] = "Третє повідомлення" });

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("Забагато спроб", await third.Content.ReadAsStringAsync());
        Assert.Equal(2, await _app.QueryAsync(db => db.CitizenMessages.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(card)).StatusCode);
    }
}
