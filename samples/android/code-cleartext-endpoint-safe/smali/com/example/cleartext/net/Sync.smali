.class public final Lcom/example/cleartext/net/Sync;
.super Ljava/lang/Object;
.source "Sync.kt"


# direct methods
.method public static final run()V
    .registers 2

    .line 5
    sget-object v0, Lcom/example/cleartext/net/Http;->INSTANCE:Lcom/example/cleartext/net/Http;

    const-string v1, "http://sync.example.com/v2/pull"

    invoke-virtual {v0, v1}, Lcom/example/cleartext/net/Http;->get(Ljava/lang/String;)Ljava/io/InputStream;

    .line 6
    return-void
.end method
