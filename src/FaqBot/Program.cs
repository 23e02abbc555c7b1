using FaqBot;
using FaqBot.Cli;

// A verb (ask, tokenize, lint, index …) runs the command line; anything else starts the service.
if (FaqBotCommandLine.IsVerb(args))
{
    return await FaqBotCommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddFaqBot(builder.Configuration);

var app = builder.Build();
app.MapFaqBot();
await app.RunAsync();
return 0;
