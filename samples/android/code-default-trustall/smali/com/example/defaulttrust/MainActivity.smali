.class public Lcom/example/defaulttrust/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    .line 9
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 2

    .line 12
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    .line 13
    new-instance v0, Lcom/example/defaulttrust/net/Api;

    invoke-direct {v0}, Lcom/example/defaulttrust/net/Api;-><init>()V

    invoke-virtual {v0}, Lcom/example/defaulttrust/net/Api;->profile()Ljava/io/InputStream;

    .line 14
    return-void
.end method
