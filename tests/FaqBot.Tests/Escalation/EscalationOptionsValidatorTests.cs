using FaqBot.Escalation;
using Microsoft.Extensions.Configuration;
using FaqBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.Escalation;

public class EscalationOptionsValidatorTests
{
    private static OptionsValidationException Fail(IDictionary<string, string?> overrides, bool withDefaults = true)
    {
        var configuration = withDefaults
            ? TestConfiguration.Load(overrides)
            : new ConfigurationBuilder().AddInMemoryCollection(overrides).Build();
        var services = new ServiceCollection();
        services.AddEscalation(configuration);
        var provider = services.BuildServiceProvider();
        return Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ContactAvailability>());
    }

    [Fact]
    public void The_shipped_settings_are_valid()
    {
        var services = new ServiceCollection();
        services.AddEscalation(TestConfiguration.Load());
        var directory = services.BuildServiceProvider().GetRequiredService<ContactDirectory>();
        Assert.Equal("03-5213-4467", directory.Helpdesk.Phone);
        Assert.Equal("0120-95-0178", directory.CardSuspension.Phone);
        Assert.Equal("0120-95-0178", directory.CardEnquiry!.Phone);
    }

    [Fact]
    public void An_empty_section_names_the_missing_keys()
    {
        var error = Fail(new Dictionary<string, string?>(), withDefaults: false);
        Assert.Contains("Escalation:HelpdeskContact is missing", error.Message);
        Assert.Contains("Escalation:CardSuspensionContact is missing", error.Message);
    }

    [Theory]
    [InlineData("Escalation:Contacts:Helpdesk:Phone", "", "Escalation:Contacts:Helpdesk:Phone is missing")]
    [InlineData("Escalation:Contacts:Helpdesk:Name", "", "Escalation:Contacts:Helpdesk:Name is missing")]
    [InlineData("Escalation:Contacts:Helpdesk:Hours:0:Open", "9時", "Escalation:Contacts:Helpdesk:Hours:0:Open is missing or invalid")]
    [InlineData("Escalation:Contacts:Helpdesk:Hours:0:Close", "25:00", "Escalation:Contacts:Helpdesk:Hours:0:Close is missing or invalid")]
    [InlineData("Escalation:Contacts:Helpdesk:Hours:0:Days", "Funday", "Escalation:Contacts:Helpdesk:Hours:0:Days is missing or invalid")]
    [InlineData("Escalation:Contacts:Helpdesk:ClosedDays:0:From", "13-01", "Escalation:Contacts:Helpdesk:ClosedDays:0:From is missing or invalid")]
    [InlineData("Escalation:HelpdeskContact", "Nobody", "Escalation:Contacts:Nobody is missing")]
    [InlineData("Escalation:TimeZone", "Mars/Olympus", "Escalation:TimeZone 'Mars/Olympus' is not a known time zone id")]
    public void A_broken_key_is_named(string key, string value, string message)
    {
        var error = Fail(new Dictionary<string, string?> { [key] = value });
        Assert.Contains(message, error.Message);
    }
}
