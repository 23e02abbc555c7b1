using System.Runtime.CompilerServices;
using FaqBot;
using FaqBot.Cli;

// A verb (ask, tokenize, lint, index …) runs the command line; anything else starts the service.
if (FaqBotCommandLine.IsVerb(args))
{
    return await FaqBotCommandLine.RunAsync(args);
}
return await Serve(args);

// Its own method: compiling the lines above must not load ASP.NET Core for a verb (12 assemblies before `tokenize`
// read its first byte).
[MethodImpl(MethodImplOptions.NoInlining)]
static async Task<int> Serve(string[] args)
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Services.AddFaqBot(builder.Configuration);

    var app = builder.Build();
    app.MapFaqBot();
    await app.RunAsync();
    return 0;
}
