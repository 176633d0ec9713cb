#include "DashboardStore.h"
