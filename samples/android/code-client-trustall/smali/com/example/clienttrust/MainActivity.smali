.class public Lcom/example/clienttrust/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    .line 10
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 3

    .line 13
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    .line 14
    new-instance v0, Lcom/example/clienttrust/net/Api;

    invoke-direct {v0}, Lcom/example/clienttrust/net/Api;-><init>()V

    invoke-virtual {v0}, Lcom/example/clienttrust/net/Api;->profile()Ljava/io/InputStream;

    .line 15
    :try_start_b
    invoke-static {}, Lcom/example/clienttrust/net/Legacy;->status()Lokhttp3/Response;
    :try_end_e
    .catch Ljava/lang/Exception; {:try_start_b .. :try_end_e} :catch_f

    .line 17
    goto :goto_10

    .line 16
    :catch_f
    move-exception v1

    .line 18
    :goto_10
    return-void
.end method
