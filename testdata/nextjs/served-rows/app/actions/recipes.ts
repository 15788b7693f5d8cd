'use server'

import { prisma } from '@/lib/db'

// The same rows GET /api/recipes/[slug] serves to anyone.
// ok: CLK101
export async function searchRecipes(q: string) {
  return prisma.recipe.findMany({ where: { title: { contains: q, mode: 'insensitive' } } })
}

// The rows the public home page lists.
// ok: CLK101
export async function chefById(id: string) {
  return prisma.chef.findUnique({ where: { id } })
}

// Notes are served by no public route.
// ruleid: CLK101
export async function recipeNotes(recipeId: string) {
  return prisma.note.findMany({ where: { recipeId } })
}

// Public routes read users too, but a user's row is never a catalogue's.
// ruleid: CLK101
export async function authorOf(id: string) {
  return prisma.user.findUnique({ where: { id } })
}

// Only shared collections are public: any one by id is not.
// ruleid: CLK101
export async function collectionById(id: string) {
  return prisma.collection.findUnique({ where: { id } })
}

// Reading served rows says nothing about writing them.
// ruleid: CLK101
export async function renameRecipe(id: string, title: string) {
  await prisma.recipe.update({ where: { id }, data: { title } })
}

// A meal plan is public only to whoever holds its share link.
// ruleid: CLK101
export async function mealPlanById(id: string) {
  return prisma.mealPlan.findUnique({ where: { id } })
}

// The rows the home page's <Seasonal /> component lists.
// ok: CLK101
export async function ingredientById(id: string) {
  return prisma.ingredient.findUnique({ where: { id } })
}

// <MyPantry /> shows each visitor their own rows only.
// ruleid: CLK101
export async function pantryItemById(id: string) {
  return prisma.pantryItem.findUnique({ where: { id } })
}
