.class public Lcom/example/hosts/web/ModeClient;
.super Landroid/webkit/WebViewClient;
.source "ModeClient.java"

# onReceivedSslError: int mode = MODE_ACCEPT (2, a constant); switch (mode) { case 0: case 1: cancel; case 2: proceed; }

.method public constructor <init>()V
    .registers 1

    .line 10
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V

    return-void
.end method


# virtual methods
.method public onReceivedSslError(Landroid/webkit/WebView;Landroid/webkit/SslErrorHandler;Landroid/net/http/SslError;)V
    .registers 5

    .line 16
    const/4 v0, 0x2

    .line 17
    packed-switch v0, :pswitch_data_10

    .line 25
    :goto_4
    return-void

    .line 20
    :pswitch_5
    invoke-virtual {p2}, Landroid/webkit/SslErrorHandler;->cancel()V

    goto :goto_4

    .line 23
    :pswitch_9
    invoke-virtual {p2}, Landroid/webkit/SslErrorHandler;->proceed()V

    goto :goto_4

    :pswitch_data_10
    .packed-switch 0x0
        :pswitch_5
        :pswitch_5
        :pswitch_9
    .end packed-switch
.end method
