.class public Lcom/example/hv/web/PrimaryClient;
.super Lcom/example/hv/web/BaseClient;
.source "PrimaryClient.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    .line 8
    invoke-direct {p0}, Lcom/example/hv/web/BaseClient;-><init>()V

    return-void
.end method


# virtual methods
.method public onReceivedSslError(Landroid/webkit/WebView;Landroid/webkit/SslErrorHandler;Landroid/net/http/SslError;)V
    .registers 6

    .line 12
    invoke-virtual {p3}, Landroid/net/http/SslError;->getPrimaryError()I

    move-result v0

    const/4 v1, 0x3

    if-ne v0, v1, :cond_b

    .line 13
    invoke-virtual {p2}, Landroid/webkit/SslErrorHandler;->proceed()V

    goto :goto_e

    .line 15
    :cond_b
    invoke-virtual {p2}, Landroid/webkit/SslErrorHandler;->cancel()V

    .line 17
    :goto_e
    return-void
.end method
