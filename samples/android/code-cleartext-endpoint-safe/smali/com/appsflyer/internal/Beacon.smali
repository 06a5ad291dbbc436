.class public final Lcom/appsflyer/internal/Beacon;
.super Ljava/lang/Object;
.source "SourceFile"


# direct methods
.method public static send()V
    .registers 2

    .line 1
    :try_start_0
    new-instance v0, Ljava/net/URL;

    const-string v1, "http://stats.appsflyer.com/v1/beacon"

    invoke-direct {v0, v1}, Ljava/net/URL;-><init>(Ljava/lang/String;)V

    invoke-virtual {v0}, Ljava/net/URL;->openStream()Ljava/io/InputStream;

    move-result-object v0

    invoke-virtual {v0}, Ljava/io/InputStream;->close()V
    :try_end_e
    .catch Ljava/io/IOException; {:try_start_0 .. :try_end_e} :catch_f

    goto :goto_10

    :catch_f
    move-exception v0

    .line 2
    :goto_10
    return-void
.end method
